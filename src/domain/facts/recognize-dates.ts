import type { FactValue } from './fact-value';
import { type Recognized, type Recognizer, usesDecimalPoint, fullYear, int, re, validDayMonth } from './recognizer';
import type { ValuePatterns } from './value-patterns';

type DateValue = Extract<FactValue, { kind: 'date' }>;

const RANGE_WORD = '(?:–|-|—|al|to|till|until|до|по|ja|i|and|&)';
const OF_MONTH = "(?:de\\s+|d'\\s*|of\\s+)?";
/** A day's ordinal mark: "31.", "31st", ru "1-го", kk "1-ші"/"15-і" (a hyphen and a short ending). */
const ORDINAL = '(?:\\.|st|nd|rd|th|-\\p{L}{1,3}(?=[\\s-])|-(?=\\p{L}))?';

function date(day: number, month: number, year?: number, swappable?: boolean): DateValue | undefined {
  if (!validDayMonth(day, month)) return undefined;
  return { kind: 'date', day, month, ...(year ? { year } : {}), ...(swappable ? { swappable } : {}) };
}

function dates(...values: Array<DateValue | undefined>): Recognized | undefined {
  return values.every((v) => v !== undefined) ? { values: values as DateValue[] } : undefined;
}

/** Two dates of one month, and the days the range lasts ("del 9 al 18 d'octubre" = 10 days). */
function range(first: DateValue | undefined, last: DateValue | undefined): Recognized | undefined {
  if (!first || !last) return undefined;
  const days = last.day - first.day + 1;
  return { values: [first, last], ...(days > 1 ? { implied: [{ kind: 'quantity', value: days, dimension: 'days', count: days }] } : {}) };
}

/** A month's number from its written name, abbreviation point or not ("set." must keep it, "Oct." may). */
function monthOf(word: string | undefined, p: ValuePatterns): number {
  const i = word === undefined ? undefined : (p.monthIndex(word) ?? p.monthIndex(word.replace(/\.$/, '')));
  return i === undefined ? Number.NaN : i + 1;
}

/** "9–18 октября", "del 9 al 18 d'octubre", "9.–18. lokakuuta": two dates in one month. */
const monthRange: Recognizer = {
  name: 'month-range',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: (p) => re(`(?<![0-9.,])(\\d{1,2})${ORDINAL}\\s*${RANGE_WORD}\\s*(\\d{1,2})${ORDINAL}\\s*${OF_MONTH}(${p.month})(?!\\p{L})`),
  read: (m, p) => {
    const month = monthOf(m[3], p);
    return range(date(int(m[1]), month), date(int(m[2]), month));
  },
};

/** "31 March", "31. maaliskuuta", "31 марта", "1 мамырға", "31 de març", "3 October 2026". */
const dayMonth: Recognizer = {
  name: 'day-month',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: (p) => re(`(?<![0-9.,])(\\d{1,2})${ORDINAL}\\s*${OF_MONTH}(${p.month})(?!\\p{L})(?:,?\\s*(\\d{4})(?!\\d))?`),
  read: (m, p) => dates(date(int(m[1]), monthOf(m[2], p), fullYear(m[3]))),
};

/** English order with a range: "April 1–7", "Oct 3rd to 5th". */
const monthDayRange: Recognizer = {
  name: 'month-day-range',
  requires: 'digit',
  notAfter: /^[\p{L}]$/u,
  pattern: (p) => re(`(${p.enMonth})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:–|-|—|to|through|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])`),
  read: (m, p) => {
    const month = monthOf(m[1], p);
    return range(date(int(m[2]), month), date(int(m[3]), month));
  },
};

/** English order: "March 31", "Oct 3rd, 2026". */
const monthDay: Recognizer = {
  name: 'month-day',
  requires: 'digit',
  notAfter: /^[\p{L}]$/u,
  pattern: (p) => re(`(${p.enMonth})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])(?:,?\\s+(\\d{4})(?!\\d))?`),
  read: (m, p) => dates(date(int(m[2]), monthOf(m[1], p), fullYear(m[3]))),
};

/** The word right before a match (after at most one space), or undefined. */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s$/u;

/**
 * Month first in the language's own way: kk "қазанның 15-іне", fi "toukokuun 12. päivänä" (see
 * MONTH_FIRST_DAY). NOTE: the pattern matches the day and `read` checks the word before it, so the scan stops
 * at digits only: a pattern that starts with a dozen month stems is tried at every letter (10× slower, and
 * 40× as a look-behind). The value's text is the day.
 */
const monthFirst: Recognizer = {
  name: 'month-first',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: (p) => re(p.monthFirstDay ? `(?<![0-9.,])(\\d{1,2})${p.monthFirstDay}(?![\\p{N}])` : '(?!)'),
  read: (m, p) => {
    const word = WORD_BEFORE.exec(m.input.slice(Math.max(0, m.index - 24), m.index))?.[1];
    const month = monthOf(word, p);
    return Number.isNaN(month) ? undefined : dates(date(int(m[1]), month));
  },
};

/** ISO 8601: "2026-03-31". */
const isoDate: Recognizer = {
  name: 'iso-date',
  requires: 'digit',
  notAfter: /^[\d]$/u,
  pattern: () => re('(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)'),
  read: (m) => dates(date(int(m[3]), int(m[2]), int(m[1]))),
};

/** "9–18.10.", "del 9 al 18/10": two numeric dates in one month. */
const numericRange: Recognizer = {
  name: 'numeric-range',
  requires: 'digit',
  notAfter: /^[\p{N}.,/]$/u,
  pattern: () => re(`(?<![0-9.,/])(\\d{1,2})\\.?\\s*${RANGE_WORD}\\s*(\\d{1,2})[./](\\d{1,2})(?:\\.(?!\\d)|[./](\\d{4}|\\d{2})(?!\\d))?(?![\\p{N}/])`),
  read: (m) => {
    const year = fullYear(m[4]);
    return range(date(int(m[1]), int(m[3]), year), date(int(m[2]), int(m[3]), year));
  },
};

/**
 * "31.3.", "2.5.", "31.3.2026", and in languages with a decimal comma also "31.03" and "2.5" (there a
 * point between a day and a month number is no decimal).
 */
const dottedDate: Recognizer = {
  name: 'dotted-date',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  // NOTE: a comma or point after the date is punctuation ("с 14.09, с 11:00"), unless a digit follows it.
  pattern: () => re('(?<![0-9.,])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4})(?!\\d)|(\\.)(?!\\p{N})|(?![0-9]|[.,][0-9]))'),
  read: (m, p) => {
    if (m[3] === undefined && m[4] === undefined && usesDecimalPoint(p.lang)) return undefined;
    return dates(date(int(m[1]), int(m[2]), fullYear(m[3])));
  },
};

/** "31/03", "18/10/2026"; in English a date that reads both ways may match either way. */
const slashDate: Recognizer = {
  name: 'slash-date',
  requires: 'digit',
  notAfter: /^[\p{N}.,/]$/u,
  pattern: () => re('(?<![0-9.,/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\p{N}/])'),
  read: (m, p) => {
    const [a, b] = [int(m[1]), int(m[2])];
    if (a === 24 && b === 7) return undefined;
    const ambiguous = p.lang === 'en' && a <= 12 && b <= 12;
    return dates(date(a, b, fullYear(m[3]), ambiguous) ?? (p.lang === 'en' ? date(b, a, fullYear(m[3])) : undefined));
  },
};

/** Dates written with month names (and ISO dates), most specific first. */
export const NAMED_DATE_RECOGNIZERS: readonly Recognizer[] = [monthRange, dayMonth, monthDayRange, monthDay, monthFirst, isoDate];

/**
 * Dates written with numbers only. NOTE: they run after prices and quantities, so "1.10 €" stays a price
 * and "2.5 kg" a weight.
 */
export const NUMERIC_DATE_RECOGNIZERS: readonly Recognizer[] = [numericRange, dottedDate, slashDate];
