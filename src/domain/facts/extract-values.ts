import { BOUND_WORDS } from '../language/bound-words';
import { forLanguage } from '../language/languages';
import type { Bound, FactValue, FoundValue } from './fact-value';
import { AMOUNT_RECOGNIZERS } from './recognize-amounts';
import { COUNT_RECOGNIZERS } from './recognize-counts';
import { NAMED_DATE_RECOGNIZERS, NUMERIC_DATE_RECOGNIZERS } from './recognize-dates';
import { TIME_RECOGNIZERS } from './recognize-times';
import { WEEKDAY_RECOGNIZERS } from './recognize-weekdays';
import type { ExtractionContext, Recognizer } from './recognizer';
import { blankSpans } from '../text/spans';
import { valuePatterns } from './value-patterns';

/** Every recognizer in priority order: a span taken by one is not read again by a later one. */
const RECOGNIZERS: readonly Recognizer[] = [...NAMED_DATE_RECOGNIZERS, ...TIME_RECOGNIZERS, ...AMOUNT_RECOGNIZERS, ...NUMERIC_DATE_RECOGNIZERS, ...COUNT_RECOGNIZERS, ...WEEKDAY_RECOGNIZERS];

const compiled = new Map<string, ReadonlyArray<RegExp | undefined>>();

/** The recognizers' patterns for `lang`; undefined for one that cannot match there (`(?!)`), which is skipped. */
function patternsOf(lang: string): ReadonlyArray<RegExp | undefined> {
  let list = compiled.get(lang);
  if (!list) {
    const p = valuePatterns(lang);
    list = RECOGNIZERS.map((r) => {
      const pattern = r.pattern(p);
      return pattern.source === '(?!)' ? undefined : pattern;
    });
    compiled.set(lang, list);
  }
  return list;
}

/** A span of text that holds no value (a URL, a hashtag, a brand name): blanked before extraction. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Placeholder for masked text: neither letter, digit nor space, so nothing reads across it. */
const MASK = '\uE000';
/** NBSP, narrow NBSP, thin and figure spaces group digits like a space; U+2212 is a minus sign; ’ an apostrophe. */
const SPACES = /[\u00A0\u202F\u2009\u2007]/g;
/** Markdown list numbers and numbered headings ("1. ", "## 2) ") are structure, not values. */
const LIST_NUMBER = /^([ \t]*(?:#{1,6}[ \t]*)?)(\d{1,3})(?=[.)][ \t])/gm;

/**
 * Numbers that are no values: keycap emoji (1️⃣), the idiom "24/7", and phone numbers (an international prefix, or a leading
 * zero followed by digit groups: "+358 40 123 4567", "040 123 4567", "8 (727) 123-45-67").
 */
const IDIOMS = /[0-9#*]\uFE0F?\u20E3|(?<![0-9])24\/7(?![0-9])|(?<![0-9.,])(?:\+\d{1,3}|0\d{1,4}|8 ?\(\d{3,4}\))(?:[ -]?\(?\d{2,5}\)?){2,5}(?![0-9])/g;

/** Full-width forms (ＦＦ01–ＦＦ5Ｅ: "７９", "％", "．"): read as their ASCII letters, digits and signs (same length, offsets kept). */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const toHalfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

function normalise(text: string, masked: readonly Span[]): string {
  const narrow = FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH, toHalfWidth) : text;
  FULL_WIDTH.lastIndex = 0;
  const out = blankSpans(narrow.replace(SPACES, ' ').replace(/\u2212/g, '-').replace(/’/g, "'"), masked, MASK);
  return out
    .replace(LIST_NUMBER, (_, lead: string, digits: string) => lead + MASK.repeat(digits.length))
    .replace(IDIOMS, (idiom) => MASK.repeat(idiom.length));
}

/**
 * The weekday a date falls on ("3 October 2026" is a Saturday), so copy that names it states nothing new.
 * Without a year, the weekdays of this year's and next year's date.
 */
function impliedWeekdays(v: FactValue, ctx: ExtractionContext): FactValue[] {
  if (v.kind !== 'date') return [];
  const years = v.year ? [v.year] : [ctx.currentYear, ctx.currentYear + 1];
  return years.map((year) => ({ kind: 'weekday', day: (new Date(Date.UTC(year, v.month - 1, v.day)).getUTCDay() + 6) % 7 }));
}

interface BoundReaders {
  readonly before: ReadonlyArray<{ kind: Bound['kind']; re: RegExp }>;
  readonly after: ReadonlyArray<{ kind: Bound['kind']; re: RegExp }>;
}

const boundReaders = new Map<string, BoundReaders | undefined>();

function boundReadersOf(lang: string): BoundReaders | undefined {
  if (!boundReaders.has(lang)) {
    const words = forLanguage(BOUND_WORDS, lang, undefined);
    const kinds = ['min', 'max'] as const;
    boundReaders.set(
      lang,
      words && {
        // NOTE: the word right before the value, or right after it (past a case ending glued with a hyphen: "₸-ден бастап").
        before: kinds.map((kind) => ({ kind, re: new RegExp(`(?:^|[^\\p{L}'])(${words[kind].before})\\s*$`, 'iu') })),
        after: kinds.map((kind) => ({ kind, re: new RegExp(`^(?:-\\p{L}{1,5})?\\s*(${words[kind].after})(?!\\p{L})`, 'iu') })),
      },
    );
  }
  return boundReaders.get(lang);
}

/** The longest bound word `readers` find in `text` ("не больше" is an upper bound, not "больше"). */
function longestBound(text: string, readers: BoundReaders['before']): Bound | undefined {
  let best: Bound | undefined;
  for (const { kind, re } of readers) {
    const word = re.exec(text)?.[1];
    if (word !== undefined && word.length > (best?.word.length ?? -1)) best = { kind, word };
  }
  return best;
}

/** Whether the words around [start, end) make the value a bound (see BOUND_WORDS). */
function boundAround(text: string, start: number, end: number, readers: BoundReaders): Bound | undefined {
  return longestBound(text.slice(Math.max(0, start - 24), start), readers.before) ?? longestBound(text.slice(end, end + 24), readers.after);
}

/** The bound a value found at [start, end) of `text` is (see BOUND_WORDS), for values read without `readBounds`. */
export function boundAt(text: string, start: number, end: number, lang: string): Bound | undefined {
  const readers = boundReadersOf(lang);
  return readers && boundAround(text, start, end, readers);
}

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/**
 * The values stated in `text`, read with the conventions of `lang` (plus English forms), in text order.
 * `masked` spans (URLs, hashtags, protected names) are ignored; `words`, when the caller has segmented the
 * text already, lets number-word patterns be skipped when none occurs. Runs in time linear in the text:
 * every pattern is free of nested ambiguous repetition.
 */
export function extractValues(
  text: string,
  lang: string,
  ctx: ExtractionContext,
  masked: readonly Span[] = [],
  words?: readonly { readonly lower: string }[],
  readBounds = false,
): FoundValue[] {
  const source = normalise(text, masked);
  const p = valuePatterns(lang);
  const hasDigit = /\d/.test(source);
  const hasNumberWord = words ? words.some((w) => p.isNumberWord(w.lower)) : p.numberWord !== '';
  const hasHalf = p.mayHoldHalf(source);
  const readers = readBounds ? boundReadersOf(lang) : undefined;
  const taken = new Uint8Array(source.length);
  const found: FoundValue[] = [];
  patternsOf(lang).forEach((pattern, i) => {
    const recognizer = RECOGNIZERS[i] as Recognizer;
    if (!pattern) return;
    if ((recognizer.requires === 'digit' && !hasDigit) || (recognizer.requires === 'number-word' && !hasNumberWord) || (recognizer.requires === 'half' && !hasHalf)) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      if (start > 0 && recognizer.notAfter?.test(source.charAt(start - 1))) {
        pattern.lastIndex = start + 1;
        continue;
      }
      if (overlaps(taken, start, start + m[0].length)) continue;
      const read = recognizer.read(m, p, ctx);
      const end = start + (read?.length ?? m[0].length);
      if (!read || overlaps(taken, start, end)) continue;
      pattern.lastIndex = Math.max(pattern.lastIndex, end);
      taken.fill(1, start, end);
      const strength = read.strength ?? 'claim';
      const implied = [...(read.implied ?? []), ...read.values.flatMap((v) => impliedWeekdays(v, ctx))];
      // NOTE: every value has the same fields (spelled too), so the objects share one shape on the hot path.
      const spelled = read.spelled === true;
      const bound = readers && strength === 'claim' && read.values.length === 1 ? boundAround(text, start, end, readers) : undefined;
      for (const value of read.values) found.push({ value, strength, text: text.slice(start, end), start, end, spelled, bound });
      for (const value of implied) found.push({ value, strength: 'weak', text: text.slice(start, end), start, end, spelled: false, bound: undefined });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}
