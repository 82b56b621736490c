/** Hashtags (`#LumenFit`) and mentions (`@pawpal`): names, not prose. */
const TAG = /(?<![\p{L}\p{N}_&/])[#@][\p{L}\p{N}_]+/gu;

/** A span of a text: [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The hashtags and mentions of `text`. */
export function tagSpans(text: string): TextSpan[] {
  return [...text.matchAll(TAG)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
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
