import { MONTH_FIRST_DAY, MONTH_STEMS, WEEKDAY_ABBREVIATIONS, WEEKDAY_GROUPS, WEEKDAY_NAMES } from '../language/calendar-words';
import { CURRENCIES } from '../language/currencies';
import { forLanguage } from '../language/languages';
import { HALF_PRICE_PHRASES, HALF_WORDS, MULTIPLICATIVE_WORDS, NUMBER_WORDS, SCALE_WORDS } from '../language/number-words';
import { type Dimension, FRACTION_DURATIONS, RATE_FORMS, UNITS, type UnitSpec } from '../language/units';
import { TIME_OFFSET_CUES } from '../language/claim-cues';
import { DAY_PERIODS, type DayPeriod } from '../language/day-periods';

/**
 * The compiled word lists of one language (plus English, which marketing copy everywhere borrows from),
 * built once per language and reused by every extraction.
 */
export interface ValuePatterns {
  readonly lang: string;
  /** Regex source: any month name. */
  readonly month: string;
  /** Regex source: an English month name (for "March 31"). */
  readonly enMonth: string;
  /** Regex source: what follows the day in a month-first date of this language ('' when it has none). */
  readonly monthFirstDay: string;
  /** Currency signs that may precede an amount (€, $, £, ₽, ₸). */
  readonly currencySignsBefore: string;
  /** Currency codes that may precede an amount (EUR, USD, C$…), in capitals, matched as words. */
  readonly currencyCodesBefore: string;
  readonly currencyAfter: string;
  /** Regex source: any number word ('' when the language has none). */
  readonly numberWord: string;
  /** True when a lower-case word is a number word. */
  isNumberWord(lower: string): boolean;
  /** True when a lower-case number word says how many times ("twice", "kolmesti"): it counts no unit. */
  isMultiplicative(lower: string): boolean;
  /**
   * Regex source with one group: a scale word after a number ("мың", "тыс.", "million", and glued "k"),
   * optionally after a space.
   */
  readonly scale: string;
  /**
   * The factor of a scale word (1000 for "мың"); `glued` when written right after the digits, where "k" and
   * "m" count too (spaced, "5 m" is five metres).
   */
  scaleFactor(word: string, glued?: boolean): number | undefined;
  readonly unit: string;
  /** Regex source: a time unit written as a noun without a number ("week", "год", "kuukausi"). */
  readonly bareUnit: string;
  readonly halfPrice: string;
  /** Regex source: a weekday name in any inflection. */
  readonly weekdayName: string;
  /** Regex source: a weekday abbreviation. */
  readonly weekdayShort: string;
  /** 0 = Monday … 6 = Sunday, for a weekday name or abbreviation. */
  weekdayIndex(word: string): number | undefined;
  /** Regex source: a word for a group of weekdays ("weekdays", "arkisin", "выходные"). */
  readonly weekdayGroup: string;
  /** The days of a weekday-group word. */
  weekdayGroupDays(words: string): readonly number[];
  readonly fractions: ReadonlyArray<{ readonly re: RegExp; readonly dimension: Dimension; readonly value: number }>;
  readonly offsetBefore?: RegExp;
  readonly offsetAfter?: RegExp;
  monthIndex(word: string): number | undefined;
  currencyCode(word: string): string | undefined;
  numberWordValue(word: string): number | undefined;
  unitOf(word: string): UnitSpec | undefined;
  /** Regex sources of a half added to a unit ("and a half", "с половиной", "i mitja"), and the words for one ('' when none). */
  readonly halfInfix: string;
  readonly halfSuffix: string;
  readonly one: string;
  /** True when a word is one of the words for one (`one`). */
  isOne(word: string): boolean;
  /** Regex source: a part of the day after an hour ("вечера", "de la tarda"); '' when none. */
  readonly dayPeriod: string;
  /** The part of the day a matched `dayPeriod` text names. */
  dayPeriodOf(words: string): DayPeriod | undefined;
  /** True when a text may hold a half added to a unit (a cheap pre-check). */
  mayHoldHalf(text: string): boolean;
  /** True when a unit word, after a counted noun, makes a rate rather than a duration (see RATE_FORMS). */
  isRateForm(word: string): boolean;
  /** True when a word begins a unit of two words ("шаршы" of "шаршы метр", "sq" of "sq m"). */
  startsUnitPair(word: string): boolean;
}

/** The currency signs among CURRENCIES' `before` forms (all single characters). */
const CURRENCY_SIGNS = CURRENCIES.flatMap((c) => c.before.split('|'))
  .filter((f) => !/\p{L}/u.test(f))
  .map((f) => f.replace(/^\\/, ''))
  .join('')
  .replace(/[$\]\\^-]/g, '\\$&');

/** Regex source: the alternation of the non-empty `parts`. */
export const alt = (parts: readonly string[]) => parts.filter((p) => p.length > 0).join('|');
const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');
const languagesFor = (lang: string) => (lang === 'en' ? ['en'] : [lang, 'en']);

function monthMatchers(lang: string): RegExp[] {
  const own = forLanguage(MONTH_STEMS, lang, MONTH_STEMS.en);
  const en = MONTH_STEMS.en;
  return own.map((stem, i) => whole(lang === 'en' ? stem : `${stem}|${en[i] ?? ''}`));
}

function unitsFor(lang: string): UnitSpec[] {
  return languagesFor(lang).flatMap((l) => forLanguage(UNITS, l, []));
}

function scaleSources(lang: string): Pick<ValuePatterns, 'scale' | 'scaleFactor'> {
  const scales = languagesFor(lang).flatMap((l) => forLanguage(SCALE_WORDS, l, [])).sort((a, b) => b.forms.length - a.forms.length);
  const spaced = alt(scales.filter((s) => !s.glued).map((s) => s.forms));
  const glued = alt(scales.filter((s) => s.glued).map((s) => s.forms));
  const matchers = scales.map((s) => ({ factor: s.factor, glued: s.glued === true, re: whole(s.forms) }));
  const spacedFactor = memo((word) => matchers.find((m) => !m.glued && m.re.test(word))?.factor);
  const anyFactor = memo((word) => matchers.find((m) => m.re.test(word))?.factor);
  return {
    scale: `\\s?(${alt([spaced, glued ? `(?<=\\d)(?:${glued})` : ''])})(?!\\p{L})`,
    scaleFactor: (word, isGlued) => (isGlued ? anyFactor(word) : spacedFactor(word)),
  };
}

/**
 * An alternation of plain words behind a look-ahead for their first letters. NOTE: a pattern that starts with
 * an alternation of fifty words is tried in full at every position of the text; the one-character class
 * rejects most positions at once (a quarter faster on tweets).
 */
function gated(words: readonly string[]): string {
  if (words.length === 0) return '';
  const first = [...new Set(words.map((w) => w.charAt(0)))].join('').replace(/[\]\\^-]/g, '\\$&');
  return `(?=[${first}])(?:${words.join('|')})`;
}

function numberWordsFor(lang: string, table: typeof NUMBER_WORDS = NUMBER_WORDS): Map<string, number> {
  return new Map(languagesFor(lang).flatMap((l) => Object.entries(forLanguage(table, l, {}))));
}

/** Unit noun forms of time units (hours and longer), without one- and two-letter abbreviations (too ambiguous alone). */
function bareUnitSource(units: readonly UnitSpec[]): string {
  const time = units.filter((u) => u.dimension === 'days' || u.dimension === 'months' || (u.dimension === 'minutes' && u.factor === 60));
  return alt(time.flatMap((u) => u.forms.split('|')).filter((f) => !/^\p{L}{1,2}\.?$/u.test(f) || f === 'ай'));
}

function cueRegex(source: string, before: boolean): RegExp | undefined {
  if (!source) return undefined;
  return before ? new RegExp(`(?:^|[^\\p{L}])(?:${source})\\s*$`, 'iu') : new RegExp(`^\\s*(?:${source})(?!\\p{L})`, 'iu');
}

/**
 * NOTE: a month, unit or currency look-up tries a dozen anchored regexes; the same few words recur in every
 * text, so each look-up is remembered (bounded, per language).
 */
function memo<T>(lookup: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return seen.get(key) as T;
    const value = lookup(word);
    if (seen.size < 10_000) seen.set(key, value);
    return value;
  };
}

/** The index of the first regex that matches a word, remembered per word. */
const indexOf = (matchers: readonly RegExp[]) =>
  memo((word) => {
    const i = matchers.findIndex((re) => re.test(word));
    return i < 0 ? undefined : i;
  });

function calendar(lang: string): Pick<ValuePatterns, 'month' | 'enMonth' | 'monthFirstDay' | 'monthIndex' | 'weekdayName' | 'weekdayShort' | 'weekdayIndex' | 'weekdayGroup' | 'weekdayGroupDays'> {
  const dayNames = forLanguage(WEEKDAY_NAMES, lang, WEEKDAY_NAMES.en);
  const dayShort = forLanguage(WEEKDAY_ABBREVIATIONS, lang, WEEKDAY_ABBREVIATIONS.en);
  const groups = forLanguage(WEEKDAY_GROUPS, lang, WEEKDAY_GROUPS.en).map((g) => ({ ...g, re: whole(g.forms) }));
  return {
    month: alt([...forLanguage(MONTH_STEMS, lang, []), ...MONTH_STEMS.en]),
    enMonth: alt(MONTH_STEMS.en),
    monthFirstDay: forLanguage(MONTH_FIRST_DAY, lang, ''),
    monthIndex: indexOf(monthMatchers(lang)),
    weekdayName: alt(dayNames),
    weekdayShort: alt(dayShort),
    weekdayIndex: indexOf(dayNames.map((name, i) => whole(`${name}|${dayShort[i] ?? name}`))),
    weekdayGroup: alt(groups.map((g) => g.forms)),
    weekdayGroupDays: (words) => groups.find((g) => g.re.test(words))?.days ?? [],
  };
}

function halves(lang: string): Pick<ValuePatterns, 'halfInfix' | 'halfSuffix' | 'one' | 'isOne' | 'mayHoldHalf'> {
  const own = languagesFor(lang).map((l) => forLanguage(HALF_WORDS, l, { infix: '', suffix: '', one: '' }));
  const halfInfix = alt(own.map((h) => h.infix));
  const halfSuffix = alt(own.map((h) => h.suffix));
  const one = alt(own.map((h) => h.one));
  const cue = alt([halfInfix, halfSuffix]);
  const test = cue ? new RegExp(`(?:${cue})(?!\\p{L})`, 'iu') : undefined;
  const oneWord = one ? whole(one) : undefined;
  return { halfInfix, halfSuffix, one, isOne: (word) => oneWord?.test(word) ?? false, mayHoldHalf: (text) => test?.test(text) ?? false };
}

function dayPeriods(lang: string): Pick<ValuePatterns, 'dayPeriod' | 'dayPeriodOf'> {
  const periods = languagesFor(lang).flatMap((l) => forLanguage(DAY_PERIODS, l, []));
  const matchers = periods.map((d) => ({ d, re: whole(d.forms) }));
  return { dayPeriod: alt(periods.map((d) => d.forms)), dayPeriodOf: (words) => matchers.find((m) => m.re.test(words))?.d };
}

function amounts(lang: string): Omit<ValuePatterns, keyof ReturnType<typeof calendar> | keyof ReturnType<typeof scaleSources> | 'lang'> {
  const units = unitsFor(lang);
  const times = numberWordsFor(lang, MULTIPLICATIVE_WORDS);
  const words = new Map([...numberWordsFor(lang), ...times]);
  const currencyMatchers = CURRENCIES.map((c) => ({ code: c.code, re: whole(`${c.before}|${c.after}`) }));
  const cues = forLanguage(TIME_OFFSET_CUES, lang, { before: '', after: '' });
  const unitMatchers = units.map((u) => ({ u, re: whole(u.forms) }));
  const rateForm = forLanguage(RATE_FORMS, lang, undefined);
  // NOTE: forms are split at '|' like bareUnitSource does; a group such as (?:re|er) only ever falls after the space.
  const pairStarts = units.flatMap((u) => u.forms.split('|')).filter((f) => f.includes(' ')).map((f) => whole(f.slice(0, f.indexOf(' '))));
  const fractions = languagesFor(lang).flatMap((l) => forLanguage(FRACTION_DURATIONS, l, []));
  return {
    currencySignsBefore: `[${CURRENCY_SIGNS}]`,
    currencyCodesBefore: alt(CURRENCIES.flatMap((c) => c.before.split('|')).filter((f) => /\p{L}/u.test(f)).map((f) => f.toUpperCase())),
    currencyAfter: alt(CURRENCIES.map((c) => c.after)),
    currencyCode: memo((word) => currencyMatchers.find((c) => c.re.test(word))?.code),
    numberWord: gated([...words.keys()]),
    numberWordValue: (word) => words.get(word.toLowerCase()),
    isNumberWord: (lower) => words.has(lower),
    isMultiplicative: (lower) => times.has(lower),
    unit: alt(units.map((u) => u.forms)),
    unitOf: memo((word) => unitMatchers.find((m) => m.re.test(word))?.u),
    startsUnitPair: memo((word) => pairStarts.some((re) => re.test(word))),
    ...halves(lang),
    ...dayPeriods(lang),
    isRateForm: (word) => rateForm?.test(word.toLowerCase()) ?? false,
    bareUnit: bareUnitSource(units),
    halfPrice: alt(languagesFor(lang).flatMap((l) => forLanguage(HALF_PRICE_PHRASES, l, []))),
    fractions: fractions.map((f) => ({ re: new RegExp(`(?<!\\p{L})(?:${f.forms})(?!\\p{L})`, 'giu'), dimension: f.dimension, value: f.value })),
    offsetBefore: cueRegex(cues.before, true),
    offsetAfter: cueRegex(cues.after, false),
  };
}

function compile(lang: string): ValuePatterns {
  return { lang, ...calendar(lang), ...amounts(lang), ...scaleSources(lang) };
}

const cache = new Map<string, ValuePatterns>();

/** The value patterns of `lang` (a primary subtag), compiled on first use. */
export function valuePatterns(lang: string): ValuePatterns {
  let patterns = cache.get(lang);
  if (!patterns) {
    patterns = compile(lang);
    cache.set(lang, patterns);
  }
  return patterns;
}
