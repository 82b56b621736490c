// Drift evidence highlighted where it occurs in the copy: plain text nodes around <mark> elements, built with
// DOM APIs only (copy is untrusted text).

const RANK = { SUGGESTION: 1, WARNING: 2, ERROR: 3 };

/** Where `needle` occurs in `text`: exact matches, else case-insensitive ones (when case folding keeps lengths). */
function occurrences(text, needle) {
  const find = (haystack, pin) => {
    const found = [];
    for (let at = haystack.indexOf(pin); at !== -1 && pin; at = haystack.indexOf(pin, at + pin.length)) found.push(at);
    return found;
  };
  const exact = find(text, needle);
  if (exact.length) return exact;
  const lowerText = text.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  return lowerText.length === text.length && lowerNeedle.length === needle.length ? find(lowerText, lowerNeedle) : [];
}

/**
 * The spans of `text` to mark for `flags` (each with evidence): overlapping spans merge, keeping the highest
 * severity and every message. Answers spans sorted by start.
 */
export function evidenceSpans(text, flags) {
  const spans = [];
  for (const flag of flags) {
    const evidence = (flag.evidence ?? '').trim();
    if (!evidence) continue;
    for (const start of occurrences(text, evidence)) {
      spans.push({ start, end: start + evidence.length, severity: flag.severity, messages: [flag.message] });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (RANK[span.severity] > RANK[last.severity]) last.severity = span.severity;
      for (const m of span.messages) if (!last.messages.includes(m)) last.messages.push(m);
    } else merged.push({ ...span, messages: [...span.messages] });
  }
  return merged;
}

/** `text` as a fragment of text nodes and <mark>s at the flags' evidence; answers it and how many marks it has. */
export function highlightedText(text, flags) {
  const fragment = document.createDocumentFragment();
  const spans = evidenceSpans(text, flags);
  let at = 0;
  for (const span of spans) {
    if (span.start > at) fragment.append(document.createTextNode(text.slice(at, span.start)));
    const mark = document.createElement('mark');
    mark.className = `sev-${span.severity.toLowerCase()}`;
    mark.title = span.messages.join('\n');
    mark.textContent = text.slice(span.start, span.end);
    fragment.append(mark);
    at = span.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return { fragment, marks: spans.length };
}

/** The flags that point into section `name` (`slides[2]`), plus those that name no section. */
export function flagsForSection(flags, name) {
  return flags.filter((f) => f.evidence && (!f.section || f.section === name));
}
