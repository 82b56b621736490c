import type { FactValue } from './fact-value';
import { type Recognized, type Recognizer, usesDecimalPoint, int, re } from './recognizer';

type TimeValue = Extract<FactValue, { kind: 'time' }>;

/** Words that announce a clock time: fi "klo"/"kello", ca "a les", kk "сағат", en "at" (with am/pm or minutes). */
const TIME_CUE = '(?:klo|kello|a les|a la|сағат|at)';
const MERIDIEM = '(?:\\s*([ap])\\.?m\\.?(?!\\p{L}))?';

function time(hour: number, minutes: number, meridiem?: string): TimeValue | undefined {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (!(h >= 0 && h <= 24 && minutes >= 0 && minutes < 60)) return undefined;
  return { kind: 'time', minutes: (h % 24) * 60 + minutes };
}

function times(...values: Array<TimeValue | undefined>): Recognized | undefined {
  return values.every((v) => v !== undefined) ? { values: values as TimeValue[] } : undefined;
}

const minutesOf = (group: string | undefined) => (group === undefined ? 0 : int(group));

/** "21:00", "9:30 pm". */
const colonTime: Recognizer = {
  name: 'colon-time',
  requires: 'digit',
  notAfter: /^[\p{N}:.,]$/u,
  pattern: () => re(`(?<![0-9:.,])(\\d{1,2}):(\\d{2})${MERIDIEM}(?![\\p{N}:])`),
  read: (m) => times(time(int(m[1]), int(m[2]), m[3])),
};

/** "klo 17–21", "kello 21.00", "a les 21", "сағат 19:00", "at 9 pm": a cue, a time and maybe an end time. */
const cuedTime: Recognizer = {
  name: 'cued-time',
  requires: 'digit',
  notAfter: /^[\p{L}]$/u,
  pattern: () => re(`(${TIME_CUE})\\s+(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s*(?:–|-|—|to|до)\\s*(\\d{1,2})(?:[.:](\\d{2}))?)?${MERIDIEM}(?![\\p{N}])`),
  read: (m) => {
    if ((m[1] ?? '').toLowerCase() === 'at' && m[3] === undefined && m[6] === undefined) return undefined;
    const start = time(int(m[2]), minutesOf(m[3]), m[6]);
    return m[4] === undefined ? times(start) : times(start, time(int(m[4]), minutesOf(m[5]), m[6]));
  },
};

/**
 * "9 вечера" (21:00), "a les 6 de la tarda" (18:00), "klo 9 illalla", "9 in the evening": an hour with a
 * part of the day (see DAY_PERIODS), read before the cued and bare hours would take it as a morning hour.
 */
const dayPeriodTime: Recognizer = {
  name: 'day-period-time',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: (p) =>
    re(p.dayPeriod ? `(?:${TIME_CUE}\\s+)?(?<![0-9.,])(\\d{1,2})(?:[.:](\\d{2}))?(\\s?h|\\s(?:час|часа|часов|o'clock))?\\s(${p.dayPeriod})(?!\\p{L})` : '(?!)'),
  read: (m, p) => {
    const period = p.dayPeriodOf(m[4] ?? '');
    const hour = int(m[1]);
    if (!period || hour > 12 || (period.afterHourWord && m[3] === undefined)) return undefined;
    return times(time(hour >= period.from && hour <= period.to ? hour + 12 : hour, minutesOf(m[2])));
  },
};

const RU_HOUR = '(\\d{1,2})(?:[:.](\\d{2}))?\\s?(?:час(?:а|ов)?|ч\\.?)(?!\\p{L})';

/**
 * Russian clock hours with "часов": "с 11 до 16 часов" (two times), "в 16 часов", "после 18 ч", and "до 16
 * часов" from 7 on ("до 2 часов" is rather "up to two hours", left to the quantity reader).
 */
const ruHourTime: Recognizer = {
  name: 'ru-hour-time',
  requires: 'digit',
  notAfter: /^\p{L}$/u,
  pattern: (p) =>
    re(p.lang === 'ru' ? `(?:(?:с|со|от)\\s(\\d{1,2})(?:[:.](\\d{2}))?\\s?(?:до|–|-|—)\\s?|(в|к|с|со|после|до)\\s)${RU_HOUR}` : '(?!)'),
  read: (m) => {
    const hour = int(m[4]);
    if (m[1] !== undefined) return times(time(int(m[1]), minutesOf(m[2])), time(hour, minutesOf(m[5])));
    if ((m[3] ?? '').toLowerCase() === 'до' && hour < 7) return undefined;
    return times(time(hour, minutesOf(m[5])));
  },
};

/** "9 pm", "9.30 a.m.". */
const meridiemTime: Recognizer = {
  name: 'meridiem-time',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: () => re('(?<![0-9.,])(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?m\\.?(?!\\p{L})'),
  read: (m) => times(time(int(m[1]), minutesOf(m[2]), m[3])),
};

/** Languages that write a clock time as an hour followed by "h" ("21 h"); elsewhere "24 h" is a duration. */
const HOUR_H = new Set(['ca', 'es', 'fr']);

/**
 * "de 7 a 20 h", "7 h – 20 h", "de 9.30 a 14 h": a range of hours whose closing "h" makes both clock times,
 * in the languages of HOUR_H.
 */
const hourRange: Recognizer = {
  name: 'hour-range',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: (p) =>
    re(HOUR_H.has(p.lang) ? '(?<![0-9.,])(\\d{1,2})(?:[.:](\\d{2}))?\\s?h?\\s*(?:a|–|-|—|fins a)\\s*(?:les\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?\\s?h(?!\\p{L})' : '(?!)'),
  read: (m) => times(time(int(m[1]), minutesOf(m[2])), time(int(m[3]), minutesOf(m[4]))),
};

/** What makes "N h" a duration in the languages of HOUR_H: minutes after it, or "before"/"after"/"long". */
const DURATION_AFTER = /^\s*(?:\d{1,2}\s?min|abans|després|de durada|seguides|antes|después|avant|après)(?!\p{L})/iu;

/**
 * "21 h", "21.30 h": in Catalan (and Spanish, French) an hour followed by "h" is a clock time, unless it is
 * "24 h" or reads as a duration ("24 h abans", "2 h 30 min"), which the quantity recognizers take.
 * NOTE: in other languages "24 h" is a duration, left to the quantity recognizer.
 */
const hourTime: Recognizer = {
  name: 'hour-time',
  requires: 'digit',
  notAfter: /^[\p{N}.,]$/u,
  pattern: (p) => re(HOUR_H.has(p.lang) ? '(?<![0-9.,])(\\d{1,2})(?:[.:](\\d{2}))?\\s?h(?!\\p{L})' : '(?!)'),
  read: (m) => {
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if ((int(m[1]) === 24 && m[2] === undefined) || DURATION_AFTER.test(after)) return undefined;
    return times(time(int(m[1]), minutesOf(m[2])));
  },
};

/**
 * "21.00", "18.30" without a cue, in languages with a decimal comma. Only whole, half and quarter hours,
 * so "15.11" stays a date, and never before a currency or a percent sign ("10.00 €" is a price).
 */
const dottedTime: Recognizer = {
  name: 'dotted-time',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}.,]$/u,
  pattern: (p) => re(usesDecimalPoint(p.lang) ? '(?!)' : '(?<![0-9.,])([01]?\\d|2[0-3])\\.(00|15|30|45)(?![0-9]|[.,][0-9])(?=\\s?(%|\\p{Sc}|\\p{L}+\\.?)?)'),
  read: (m, p) => (m[3] !== undefined && (m[3] === '%' || p.currencyCode(m[3]) !== undefined || p.currencyCode(m[3].replace(/\.$/, '')) !== undefined) ? undefined : times(time(int(m[1]), int(m[2])))),
};

/** Time recognizers, most specific first. */
export const TIME_RECOGNIZERS: readonly Recognizer[] = [dayPeriodTime, ruHourTime, colonTime, cuedTime, meridiemTime, hourRange, hourTime, dottedTime];
