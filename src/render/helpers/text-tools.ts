import { MERGE_TAG_SOURCE } from './merge-tags';

/** A word for truncation: a run of non-space characters, where a merge tag (even `{{ first_name }}`) is one unit. */
const WORD = new RegExp(`(?:${MERGE_TAG_SOURCE}|\\S)+`, 'gu');
const TRAILING_JOINERS = /[\s,;:\u2013\u2014-]+$/u;
const SENTENCE_END = /[.!?\u2026]$/u;

function codePoints(text: string): number {
  return [...text].length;
}

/** The words of `text` that fit in `room` code points, in order, as the prefix they span. */
function prefixWithin(text: string, room: number): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const end = (match.index ?? 0) + match[0].length;
    if (codePoints(text.slice(0, end)) > room) break;
    words.push(text.slice(0, end));
  }
  return words;
}

/**
 * Shortens `text` to at most `max` code points at a word boundary and marks the cut with `ellipsis`.
 * NOTE: never ends on a word holding a digit (a cut "до 15" would leave a date without its month, a
 * number the drift checker cannot match), never splits a merge tag, and drops the ellipsis after a full sentence.
 */
export function truncateWords(text: string, max: number, ellipsis = '\u2026'): string {
  if (codePoints(text) <= max) return text;
  const room = max - codePoints(ellipsis);
  if (room <= 0) return '';
  const prefixes = prefixWithin(text, room);
  while (prefixes.length > 0 && /\p{N}/u.test(lastWord(prefixes))) prefixes.pop();
  const kept = (prefixes.at(-1) ?? '').replace(TRAILING_JOINERS, '');
  if (kept === '') return '';
  return SENTENCE_END.test(kept) ? kept : `${kept}${ellipsis}`;
}

function lastWord(prefixes: readonly string[]): string {
  const last = prefixes.at(-1) ?? '';
  const before = prefixes.at(-2) ?? '';
  return last.slice(before.length);
}

/** The text on one line: every run of spaces, tabs and newlines becomes one space (no-break spaces stay). */
export function oneLine(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/gu, ' ').trim();
}

/**
 * Tidies rendered plain text: no trailing spaces on a line, at most one blank line in a row, no blank edges.
 * Templates can then drop optional parts without leaving holes.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[ \t]+$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** The text with its first letter in upper case, by the locale's rules (Turkish dotted i and the like). */
export function capitalize(text: string, locale: string): string {
  const [first = '', ...rest] = [...text];
  return first.toLocaleUpperCase(locale) + rest.join('');
}
