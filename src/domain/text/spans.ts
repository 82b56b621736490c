/** Hashtags (`#LumenFit`) and mentions (`@pawpal`): names, not prose. */
const TAG = /[#@][\p{L}\p{N}_]+/gu;
/** A tag starts after a space or punctuation, not inside a word, URL (`/#x`) or entity (`&#38;`). */
const NOT_BEFORE_TAG = /^[\p{L}\p{N}_&/]$/u;

/**
 * Merge tags that a sending platform fills in per recipient: `{{first_name}}` (Handlebars, Liquid, HubSpot,
 * Klaviyo, Brevo), `{% if … %}` (Liquid), `*|FNAME|*` (Mailchimp), `%%FirstName%%` (Salesforce Marketing
 * Cloud), `%FIRSTNAME%` (ActiveCampaign). Placeholders, not prose. Bounded, so the scan stays linear.
 */
const MERGE_TAG = /\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}|\*\|[^|\n]{1,40}\|\*|%%[^%\n]{1,40}%%|%[A-Z][A-Z0-9_]{1,30}%/g;
const MAY_HOLD_MERGE_TAG = /\{[{%]|\*\||%/;

/** A span of a text: [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The hashtags and mentions of `text`. */
export function tagSpans(text: string): TextSpan[] {
  if (!text.includes('#') && !text.includes('@')) return [];
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(TAG)) {
    const start = m.index ?? 0;
    if (!NOT_BEFORE_TAG.test(text.charAt(start - 1))) spans.push({ start, end: start + m[0].length });
  }
  return spans;
}

/** The merge tags of `text` (see MERGE_TAG). */
export function mergeTagSpans(text: string): TextSpan[] {
  if (!MAY_HOLD_MERGE_TAG.test(text)) return [];
  return [...text.matchAll(MERGE_TAG)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** True when [start, end) overlaps any of `spans`. */
export function insideAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/**
 * `text` with every span replaced by `fill` (one UTF-16 unit, so offsets stay unchanged). Linear in the
 * text whatever the number of spans (copy full of hashtags has thousands).
 */
export function blankSpans(text: string, spans: readonly TextSpan[], fill = ' '): string {
  if (spans.length === 0) return text;
  const masked = spanMask(text.length, spans);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && masked[i] === 1;
    const wasInside = i > 0 && masked[i - 1] === 1;
    if (inside !== wasInside && i > from) {
      parts.push(wasInside ? fill.repeat(i - from) : text.slice(from, i));
      from = i;
    }
  }
  if (from < text.length) parts.push(masked[from] === 1 ? fill.repeat(text.length - from) : text.slice(from));
  return parts.join('');
}

/** A per-character mask of `spans` over a text of `length` (1 inside a span), for linear look-ups. */
export function spanMask(length: number, spans: readonly TextSpan[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const { start, end } of spans) mask.fill(1, Math.max(0, start), Math.min(length, end));
  return mask;
}
