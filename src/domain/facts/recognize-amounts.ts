import { type Recognized, type Recognizer, re } from './recognizer';
import { parseLocaleNumber, NUMBER_SOURCE } from './parse-number';
import { alt, type ValuePatterns } from './value-patterns';
import type { UnitSpec } from '../language/units';
import { PERCENT_WORDS } from '../language/number-words';

const SIGN = '(?:[-+±]\\s?)?';
/**
 * NOTE: digit-led patterns keep a cheap ASCII look-behind: it stops the engine from starting again inside
 * a long run of digits, which would make the scan quadratic (100 KB of digits: 2.5 s instead of 1 ms).
 */
const DIGIT_START = '(?<![0-9.,])';

function amount(written: string | undefined, p: ValuePatterns): number {
  if (written === undefined) return Number.NaN;
  return p.numberWordValue(written) ?? Math.abs(parseLocaleNumber(written, p.lang));
}

/** The factor of an optional scale word ("мың" = 1000, glued "k" too); 1 without one. */
function scaled(scale: string | undefined, p: ValuePatterns): number {
  return scale === undefined ? 1 : (p.scaleFactor(scale, true) ?? Number.NaN);
}

/** The ISO code of a currency sign or word, with or without its abbreviation point ("руб.", "EUR."). */
function currencyOf(token: string | undefined, p: ValuePatterns): string | undefined {
  if (token === undefined) return undefined;
  return p.currencyCode(token) ?? (token.endsWith('.') ? p.currencyCode(token.slice(0, -1)) : undefined);
}

function money(written: string | undefined, currency: string | undefined, p: ValuePatterns, scale?: string): Recognized | undefined {
  const value = amount(written, p) * scaled(scale, p);
  const code = currencyOf(currency, p);
  return Number.isFinite(value) && code ? { values: [{ kind: 'money', amount: value, currency: code }] } : undefined;
}

/** One token after a number: a currency sign, or a word with its abbreviation point ("руб.", "EUR", "мың"). */
const TOKEN = "(\\p{Sc}|\\p{L}[\\p{L}ʻ'’]*\\.?)";
/** The token after a scale word ("45 мың" → "теңге"), read from where the match ended. */
const NEXT_TOKEN = new RegExp(`\\s?-?\\s?${TOKEN}`, 'uy');

/** A word right after an amount (group 1: the space, group 2: the word), read but not taken. */
const WORD_AHEAD = '(?=(?:(\\s?)(\\p{L}+\\.?))?)';

/** A sign or code right after a number ("289 € 31.10.") ends that amount; it does not start the next one. */
const AFTER_AMOUNT = /[0-9]\s?$/;

/** An amount written after a sign or code, with a scale word after it if there is one ("£45k", "€1.2 million"). */
function moneyWithScale(m: RegExpExecArray, p: ValuePatterns): Recognized | undefined {
  if (AFTER_AMOUNT.test(m.input.slice(Math.max(0, m.index - 2), m.index))) return undefined;
  const [, currency, written, space, word] = m;
  const factor = word === undefined ? undefined : p.scaleFactor(word, space === '');
  if (factor === undefined) return money(written, currency, p);
  const found = money(written, currency, p, word);
  return found && { ...found, length: m[0].length + (space ?? '').length + (word ?? '').length };
}

/** "€49.90", "$5", "£45k", "£1.2 million"; a sign after a letter belongs to a code ("C$10", "A$5"). */
const moneyBefore: Recognizer = {
  name: 'money-before',
  requires: 'digit',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(`(${p.currencySignsBefore})\\s?(${NUMBER_SOURCE})(?![\\p{N}])${WORD_AHEAD}`),
  read: moneyWithScale,
};

/**
 * "EUR 10", "USD 5", "C$10". NOTE: codes count in capitals only, as they are written before amounts; the
 * case-sensitive pattern is four times cheaper than a case-insensitive one, which runs at every letter.
 */
const moneyCodeBefore: Recognizer = {
  name: 'money-code-before',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}]$/u,
  pattern: (p) => new RegExp(`(${p.currencyCodesBefore})\\s?(${NUMBER_SOURCE})(?![\\p{N}])${WORD_AHEAD}`, 'gu'),
  read: moneyWithScale,
};

/**
 * "49,90 €", "49.90 EUR", "350 ₽", "350 руб.", "4 500 ₸-ге", "350-rouble", "99 kr", "45 мың теңге", "5 тыс. ₽".
 * NOTE: the pattern takes the token after the number and the reader looks it up (and the token after a scale
 * word): an alternation of every currency and scale word, tried after every number, cost ten times more.
 */
const moneyAfter: Recognizer = {
  name: 'money-after',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}.,]$/u,
  pattern: () => re(`${DIGIT_START}${SIGN}(${NUMBER_SOURCE})\\s?-?\\s?${TOKEN}`),
  read: (m, p) => {
    if (currencyOf(m[2], p)) return money(m[1], m[2], p);
    if (m[2] === undefined || p.scaleFactor(m[2], /^\d/.test(m[0].slice(-m[2].length - 1))) === undefined) return undefined;
    NEXT_TOKEN.lastIndex = m.index + m[0].length;
    const next = NEXT_TOKEN.exec(m.input);
    const found = next ? money(m[1], next[1], p, m[2]) : undefined;
    return found && next ? { ...found, length: m[0].length + next[0].length } : undefined;
  },
};

/** "50%", "50 %", "−50%", "+10 %", "50 prosenttia", "50 процентов", "50 пайыз". */
const percent: Recognizer = {
  name: 'percent',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}.,]$/u,
  pattern: () => re(`${DIGIT_START}${SIGN}(${NUMBER_SOURCE})\\s?(?:%|(?:${PERCENT_WORDS})(?!\\p{L}))`),
  read: (m, p) => {
    const value = amount(m[1], p);
    return Number.isFinite(value) ? { values: [{ kind: 'percent', value }] } : undefined;
  },
};

/** "fifteen per cent", "deu per cent", "двадцать процентов": a percentage with its number in words. */
const percentWord: Recognizer = {
  name: 'percent-word',
  requires: 'number-word',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(`(${p.numberWord || '(?!)'})\\s(?:${PERCENT_WORDS})(?!\\p{L})`),
  read: (m, p) => {
    const value = amount(m[1], p);
    return Number.isFinite(value) ? { values: [{ kind: 'percent', value }] } : undefined;
  },
};

/** "half price", "за полцены", "a meitat de preu": a 50 % discount in words. */
const halfPrice: Recognizer = {
  name: 'half-price',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(p.halfPrice ? `(?:${p.halfPrice})(?!\\p{L})` : '(?!)'),
  read: () => ({ values: [{ kind: 'percent', value: 50 }] }),
};

/** Words that count occurrences ("2 kertaa viikossa" = twice a week), never a gap inside a quantity. */
const TIMES_WORDS = /^(?:times|kertaa|kerran|раз|раза|рет|vegades|cops)$/iu;

/** One word after a number that may be a unit: "kg", "л.", "m²", "m2", "шаршы" (of "шаршы метр"). */
const UNIT_TOKEN = '(\\p{L}[\\p{L}\\p{N}²³]*\\.?)';
/** The word after a unit's first word, for units of two words ("шаршы метр", "sq m", "кв. м"). */
const NEXT_WORD = /\s(\p{L}[\p{L}\p{N}²³]*\.?)/uy;

/** The unit a word names, with or without its abbreviation point. */
function unitNamed(word: string | undefined, p: ValuePatterns): UnitSpec | undefined {
  if (word === undefined) return undefined;
  return p.unitOf(word) ?? (word.endsWith('.') ? p.unitOf(word.slice(0, -1)) : undefined);
}

/**
 * The unit the match's last group names, with how many characters past the match it reaches. NOTE: patterns
 * take one word and the reader looks it up; an alternation of every unit form, tried after every number, was
 * the costliest part of a check.
 */
function unitAt(m: RegExpExecArray, group: number, p: ValuePatterns): { unit: UnitSpec; extra: number } | undefined {
  const word = m[group];
  if (word === undefined) return undefined;
  const unit = unitNamed(word, p);
  if (unit) return { unit, extra: 0 };
  if (!p.startsUnitPair(word)) return undefined;
  NEXT_WORD.lastIndex = m.index + m[0].length;
  const next = NEXT_WORD.exec(m.input);
  const pair = next ? unitNamed(`${word} ${next[1] ?? ''}`, p) : undefined;
  return pair && next ? { unit: pair, extra: next[0].length } : undefined;
}

function quantity(written: string | undefined, found: { unit: UnitSpec; extra: number } | undefined, p: ValuePatterns, m: RegExpExecArray): Recognized | undefined {
  const n = amount(written, p);
  if (!found || !Number.isFinite(n)) return undefined;
  const { unit, extra } = found;
  const length = extra ? { length: m[0].length + extra } : {};
  if (unit.dimension === 'months' && unit.factor === 12 && n >= 1900 && n <= 2100) return { values: [{ kind: 'number', value: n }], ...length };
  return { values: [{ kind: 'quantity', value: n * unit.factor, dimension: unit.dimension, count: n }], ...length };
}

/** A number starts a word and is no decimal tail. */
const AFTER_NUMBER = /^[\p{L}\p{N}.,]$/u;
/** A number word starts a word. */
const AFTER_WORD = /^\p{L}$/u;

/**
 * "19 л", "19 litres", "2 kg", "1 Gb", "60 minuuttia".
 * NOTE: a one-letter unit glued to the number ("4G", "5G") is a product name, not 4 grams, and after a
 * hyphen it is a case ending (ru "3-м этаже" = on the 3rd floor).
 */
const quantityTight: Recognizer = {
  name: 'quantity',
  requires: 'digit',
  notAfter: AFTER_NUMBER,
  pattern: () => re(`${DIGIT_START}(${NUMBER_SOURCE})[\\s-]?${UNIT_TOKEN}`),
  read: (m, p) => {
    const spaced = /\s/.test(m[0].slice((m[1] ?? '').length, m[0].length - (m[2] ?? '').length));
    return !spaced && (m[2] ?? '').length === 1 ? undefined : quantity(m[1], unitAt(m, 2, p), p, m);
  },
};

/** "two weeks", "deu dies", "kaksi viikkoa"; not "kolmesti päivässä" (three times a day). */
const quantityWord: Recognizer = {
  name: 'quantity-word',
  requires: 'number-word',
  notAfter: AFTER_WORD,
  pattern: (p) => re(`(${p.numberWord || '(?!)'})[\\s-]${UNIT_TOKEN}`),
  read: (m, p) => (p.isMultiplicative((m[1] ?? '').toLowerCase()) ? undefined : quantity(m[1], unitAt(m, 2, p), p, m)),
};

/**
 * A quantity with one word between number and unit: "7 free days", "tres primers mesos". Not a count of
 * occurrences ("2 times a week") nor a rate ("kolme lähtöä päivässä" = three departures a day), where the
 * number counts the word between.
 */
function gapQuantity(name: string, requires: 'digit' | 'number-word', notAfter: RegExp, amountOf: (p: ValuePatterns) => string): Recognizer {
  return {
    name,
    requires,
    notAfter,
    pattern: (p) => re(`(${amountOf(p)})\\s(\\p{L}{2,14})\\s${UNIT_TOKEN}`),
    read: (m, p) => (TIMES_WORDS.test(m[2] ?? '') || p.isRateForm(m[3] ?? '') ? undefined : quantity(m[1], unitAt(m, 3, p), p, m)),
  };
}

const quantityGap = gapQuantity('quantity-gap', 'digit', AFTER_NUMBER, () => `${DIGIT_START}${NUMBER_SOURCE}`);
const quantityWordGap = gapQuantity('quantity-word-gap', 'number-word', AFTER_WORD, (p) => p.numberWord || '(?!)');

/**
 * A duration in two units, the larger first: "2 h 30 min", "1 tunti 15 minuuttia", "1 год и 6 месяцев" (one
 * value, 150 minutes). Anything else (two unrelated quantities in a row) is left to the single-unit readers.
 */
const compoundDuration: Recognizer = {
  name: 'compound-duration',
  requires: 'digit',
  notAfter: AFTER_NUMBER,
  pattern: () => re(`${DIGIT_START}(${NUMBER_SOURCE})\\s?${UNIT_TOKEN}\\s(?:(?:i|и|ja|and|және)\\s)?(${NUMBER_SOURCE})\\s?${UNIT_TOKEN}`),
  read: (m, p) => {
    const [big, small] = [unitNamed(m[2], p), unitNamed(m[4], p)];
    if (!big || !small || big.dimension !== small.dimension || big.factor <= small.factor || !['minutes', 'days', 'months'].includes(big.dimension)) return undefined;
    const value = amount(m[1], p) * big.factor + amount(m[3], p) * small.factor;
    return Number.isFinite(value) ? { values: [{ kind: 'quantity', value, dimension: big.dimension, count: value / big.factor }] } : undefined;
  },
};

/**
 * A unit and a half: "two and a half hours", "2 с половиной часа", "kaksi ja puoli tuntia", "екі жарым сағат",
 * "una hora i mitja", "an hour and a half" (see HALF_WORDS).
 */
const halfQuantity: Recognizer = {
  name: 'half-quantity',
  requires: 'half',
  notAfter: /^[\p{L}\p{N}.,]$/u,
  pattern: (p) => {
    const count = alt([NUMBER_SOURCE, p.numberWord, p.one]);
    const infix = p.halfInfix ? `(?:\\s(${p.halfInfix}))?` : '()';
    const suffix = p.halfSuffix ? `(?:\\s(${p.halfSuffix})(?!\\p{L}))?` : '()';
    return re(`(${count})${infix}[\\s-]${UNIT_TOKEN}${suffix}`);
  },
  read: (m, p) => {
    if (!m[2] && !m[4]) return undefined;
    const unit = unitNamed(m[3], p);
    const written = m[1] ?? '';
    const n = p.isOne(written) ? 1 : amount(written, p);
    if (!unit || !Number.isFinite(n)) return undefined;
    const count = n + 0.5;
    return { values: [{ kind: 'quantity', value: count * unit.factor, dimension: unit.dimension, count }] };
  },
};

/** Amount recognizers (money, percentages, quantities), most specific first. */
export const AMOUNT_RECOGNIZERS: readonly Recognizer[] = [
  moneyBefore, moneyCodeBefore, moneyAfter, percent, percentWord, halfPrice, compoundDuration, halfQuantity, quantityTight, quantityWord, quantityGap, quantityWordGap,
];
