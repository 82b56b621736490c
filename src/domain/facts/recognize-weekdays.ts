import type { FactValue } from './fact-value';
import { type Recognized, type Recognizer, re } from './recognizer';
import type { ValuePatterns } from './value-patterns';

type Weekday = Extract<FactValue, { kind: 'weekday' }>;

/** Words that join two weekdays into a pair ("ke ja pe", "dl i dv") rather than a range ("ma–pe"). */
const AND = '(?:ja|i|и|және|and|&|,)';
const DASH = '[-–—]';
/** Schedule words after which a weekday abbreviation is surely one ("pe klo 17"). */
const CUE = '(?:klo|kello|a les|at|в|с|сағат)';

function weekday(word: string | undefined, p: ValuePatterns): Weekday | undefined {
  const day = word === undefined ? undefined : p.weekdayIndex(word.replace(/\.$/, ''));
  return day === undefined ? undefined : { kind: 'weekday', day };
}

function days(...values: Array<Weekday | undefined>): Recognized | undefined {
  return values.every((v) => v !== undefined) ? { values: values as Weekday[] } : undefined;
}

/** "keskiviikkoisin", "по средам", "Thursdays", "dijous". */
const weekdayName: Recognizer = {
  name: 'weekday',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(`(${p.weekdayName})(?!\\p{L})`),
  read: (m, p) => days(weekday(m[1], p)),
};

/** "ma–pe" (every day from Monday to Friday), "ke ja pe" (two days): abbreviations in a schedule. */
const weekdayPair: Recognizer = {
  name: 'weekday-pair',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(`(${p.weekdayShort})\\.?\\s*(${DASH}|${AND})\\s*(${p.weekdayShort})\\.?(?!\\p{L})`),
  read: (m, p) => {
    const [first, last] = [weekday(m[1], p), weekday(m[3], p)];
    if (!first || !last || !/^[-–—]$/.test(m[2] ?? '')) return days(first, last);
    const span = (last.day - first.day + 7) % 7;
    return days(...Array.from({ length: span + 1 }, (_, i): Weekday => ({ kind: 'weekday', day: (first.day + i) % 7 })));
  },
};

/** "pe 17–21", "ср 19:00", "ke klo 17": one abbreviation right before a time. */
const weekdayBeforeTime: Recognizer = {
  name: 'weekday-short',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(`(${p.weekdayShort})\\.?(?=\\s*(?:\\d|${CUE}\\s*\\d))`),
  read: (m, p) => days(weekday(m[1], p)),
};

/** "weekdays", "arkisin", "выходные": several days in a word; weak, it carries facts but claims nothing. */
const weekdayGroup: Recognizer = {
  name: 'weekday-group',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(p.weekdayGroup ? `(?:${p.weekdayGroup})(?!\\p{L})` : '(?!)'),
  read: (m, p) => ({ values: p.weekdayGroupDays(m[0]).map((day): Weekday => ({ kind: 'weekday', day })), strength: 'weak' }),
};

/** Weekday recognizers: names anywhere, abbreviations only in schedules (they are other words too). */
export const WEEKDAY_RECOGNIZERS: readonly Recognizer[] = [weekdayGroup, weekdayPair, weekdayBeforeTime, weekdayName];
