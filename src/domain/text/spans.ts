/** Hashtags (`#LumenFit`) and mentions (`@pawpal`): names, not prose. */
const TAG = /[#@][\p{L}\p{N}_]+/gu;
/** A tag starts after a space or punctuation, not inside a word, URL (`/#x`) or entity (`&#38;`). */
const NOT_BEFORE_TAG = /^[\p{L}\p{N}_&/]$/u;

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

/** True when [start, end) overlaps any of `spans`. */
export function insideAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** `text` with every span replaced by spaces (offsets unchanged). */
export function blankSpans(text: string, spans: readonly TextSpan[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
