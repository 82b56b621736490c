import { type Recognized, type Recognizer, re } from './recognizer';
import { parseLocaleNumber, NUMBER_SOURCE } from './parse-number';
import type { ValuePatterns } from './value-patterns';
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

/** The factor of an optional scale word ("мың" = 1000); 1 without one. */
function scaled(scale: string | undefined, p: ValuePatterns): number {
  return scale === undefined ? 1 : (p.scaleFactor(scale) ?? Number.NaN);
}

function money(written: string | undefined, currency: string | undefined, p: ValuePatterns, scale?: string): Recognized | undefined {
  const value = amount(written, p) * scaled(scale, p);
  const code = currency === undefined ? undefined : p.currencyCode(currency);
  return Number.isFinite(value) && code ? { values: [{ kind: 'money', amount: value, currency: code }] } : undefined;
}

/** "€49.90", "$5", "£45k", "£1.2 million". */
const moneyBefore: Recognizer = {
  name: 'money-before',
  requires: 'digit',
  pattern: (p) => re(`(${p.currencySignsBefore})\\s?(${NUMBER_SOURCE})(?:${p.scale})?(?![\\p{N}])`),
  read: (m, p) => money(m[2], m[1], p, m[3]),
};

/** "EUR 10", "USD 5". */
const moneyCodeBefore: Recognizer = {
  name: 'money-code-before',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}]$/u,
  pattern: (p) => re(`(${p.currencyCodesBefore})\\s?(${NUMBER_SOURCE})(?:${p.scale})?(?![\\p{N}])`),
  read: (m, p) => money(m[2], m[1], p, m[3]),
};

/** "49,90 €", "49.90 EUR", "350 ₽", "350 руб.", "4 500 ₸-ге", "350-rouble", "99 kr", "45 мың теңге", "5 тыс. ₽". */
const moneyAfter: Recognizer = {
  name: 'money-after',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}.,]$/u,
  pattern: (p) => re(`${DIGIT_START}${SIGN}(${NUMBER_SOURCE})(?:${p.scale})?\\s?-?\\s?(${p.currencyAfter})(?!\\p{L})`),
  read: (m, p) => money(m[1], m[3], p, m[2]),
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

/** "half price", "за полцены", "a meitat de preu": a 50 % discount in words. */
const halfPrice: Recognizer = {
  name: 'half-price',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(p.halfPrice ? `(?:${p.halfPrice})(?!\\p{L})` : '(?!)'),
  read: () => ({ values: [{ kind: 'percent', value: 50 }] }),
};

/** Words that count occurrences ("2 kertaa viikossa" = twice a week), never a gap inside a quantity. */
const TIMES_WORDS = /^(?:times|kertaa|kerran|раз|раза|рет|vegades|cops)$/iu;

function quantity(written: string | undefined, unitWord: string | undefined, p: ValuePatterns): Recognized | undefined {
  const unit = unitWord === undefined ? undefined : p.unitOf(unitWord);
  const n = amount(written, p);
  if (!unit || !Number.isFinite(n)) return undefined;
  if (unit.dimension === 'months' && unit.factor === 12 && n >= 1900 && n <= 2100) return { values: [{ kind: 'number', value: n }] };
  return { values: [{ kind: 'quantity', value: n * unit.factor, dimension: unit.dimension, count: n }] };
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
  pattern: (p) => re(`${DIGIT_START}(${NUMBER_SOURCE})[\\s-]?(${p.unit})(?![\\p{L}\\p{N}])`),
  read: (m, p) => {
    const spaced = /\s/.test(m[0].slice((m[1] ?? '').length, m[0].length - (m[2] ?? '').length));
    return !spaced && (m[2] ?? '').length === 1 ? undefined : quantity(m[1], m[2], p);
  },
};

/** "two weeks", "deu dies", "kaksi viikkoa". */
const quantityWord: Recognizer = {
  name: 'quantity-word',
  requires: 'number-word',
  notAfter: AFTER_WORD,
  pattern: (p) => re(`(${p.numberWord || '(?!)'})[\\s-](${p.unit})(?![\\p{L}\\p{N}])`),
  read: (m, p) => quantity(m[1], m[2], p),
};

/** A quantity with one word between number and unit: "7 free days", "tres primers mesos". */
function gapQuantity(name: string, requires: 'digit' | 'number-word', notAfter: RegExp, amountOf: (p: ValuePatterns) => string): Recognizer {
  return {
    name,
    requires,
    notAfter,
    pattern: (p) => re(`(${amountOf(p)})\\s(\\p{L}{2,14})\\s(${p.unit})(?![\\p{L}\\p{N}])`),
    read: (m, p) => (TIMES_WORDS.test(m[2] ?? '') ? undefined : quantity(m[1], m[3], p)),
  };
}

const quantityGap = gapQuantity('quantity-gap', 'digit', AFTER_NUMBER, () => `${DIGIT_START}${NUMBER_SOURCE}`);
const quantityWordGap = gapQuantity('quantity-word-gap', 'number-word', AFTER_WORD, (p) => p.numberWord || '(?!)');

/** Amount recognizers (money, percentages, quantities), most specific first. */
export const AMOUNT_RECOGNIZERS: readonly Recognizer[] = [moneyBefore, moneyCodeBefore, moneyAfter, percent, halfPrice, quantityTight, quantityWord, quantityGap, quantityWordGap];
