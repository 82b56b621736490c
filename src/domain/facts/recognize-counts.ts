import { type Recognizer, int, re } from './recognizer';
import { NUMBER_SOURCE, parseLocaleNumber } from './parse-number';
import type { ValuePatterns } from './value-patterns';
import { forLanguage } from '../language/languages';
import { SEQUENCE_LABELS } from '../language/number-words';

/** "полгода", "puoli vuotta", "half a year": a duration in one word or phrase. */
const fractionDuration: Recognizer = {
  name: 'fraction-duration',
  pattern: (p) => re(p.fractions.length ? p.fractions.map((f) => f.re.source).join('|') : '(?!)'),
  read: (m, p) => {
    const f = p.fractions.find((x) => new RegExp(`^(?:${x.re.source})$`, 'iu').test(m[0]));
    return f && { values: [{ kind: 'quantity', value: f.value, dimension: f.dimension, count: f.value }] };
  },
};

/** Languages that write ordinals with a dot ("3. kerros", "3. Stock"). */
const DOT_ORDINALS = new Set(['fi', 'et', 'de', 'da', 'no', 'nb', 'is', 'hu', 'cs', 'sk', 'pl', 'hr', 'sl', 'sr', 'lv', 'lt', 'tr']);

/**
 * True when what follows a number makes it an ordinal, not an amount: a case ending after a hyphen
 * (ru "1-й", kk "3-ші") or, in dot-ordinal languages, a dot before a lower-case word ("2. kerroksessa").
 */
function ordinalAfter(next: string, lang: string): boolean {
  return /^-\p{L}/u.test(next) || (DOT_ORDINALS.has(lang) && /^\. \p{Ll}/u.test(next));
}

const LABEL_BEFORE = /(\p{L}+)\.?\s*[:#№]?\s*$/u;

/** True when a sequence label precedes a number ("Step 1", "Vaihe 2", "№ 5"). */
function labelBefore(before: string, lang: string): boolean {
  if (/№\s*$/.test(before)) return true;
  const word = LABEL_BEFORE.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && (forLanguage(SEQUENCE_LABELS, lang, []).includes(word) || SEQUENCE_LABELS.en.includes(word));
}

/**
 * A number on its own: "40", "40+", "9 in 10", "2019", "45 мың" (45 000), both ends of "8-14". Numbers glued to letters
 * ("4G", "wifi6", "3rd", "COVID-19") are names or ordinals, not amounts, and are skipped. The current and next year ("Summer 2026"), ordinals and
 * labelled positions ("Step 1") are no claim.
 */
const plainNumber: Recognizer = {
  name: 'number',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}.,/]$/u,
  pattern: () => re(`(?<![0-9.,/]|[^0-9]-)(${NUMBER_SOURCE})\\+?(?![\\p{L}\\p{N}])(?=(?:\\s(\\p{L}+\\.?))?)`),
  read: (m, p, ctx) => {
    const factor = m[2] === undefined ? undefined : p.scaleFactor(m[2]);
    const value = parseLocaleNumber(m[1] ?? '', p.lang) * (factor ?? 1);
    if (!Number.isFinite(value)) return undefined;
    const thisYear = value === ctx.currentYear || value === ctx.currentYear + 1;
    const ordinal = ordinalAfter(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3), p.lang);
    const labelled = labelBefore(m.input.slice(Math.max(0, m.index - 16), m.index), p.lang);
    return { values: [{ kind: 'number', value }], strength: thisYear || ordinal || labelled ? 'weak' : 'claim', ...(factor ? { length: m[0].length + 1 + (m[2] ?? '').length } : {}) };
  },
};

/**
 * A number word without a unit ("deu concerts", "три зала"). From three up it is a claim like digits
 * ("saunoja on kolme"); "two" is too common in prose ("two flavours") to claim anything alone.
 */
const CLAIMING_WORD = 3;

/** English plural numbers: "Over-18s", "under-12s", "the 1990s": they carry the number, never claim it. */
const pluralNumber: Recognizer = {
  name: 'plural-number',
  requires: 'digit',
  notAfter: /^[\p{L}\p{N}.,]$/u,
  pattern: (p) => re(p.lang === 'en' ? "(?<![0-9.,])(\\d{1,4})'?s(?!\\p{L})" : '(?!)'),
  read: (m) => ({ values: [{ kind: 'number', value: int(m[1]) }], strength: 'weak' }),
};

/** "six thousand", "шесть тысяч", "kuusi tuhatta": a number word with a scale word is one number. */
const numberWordScaled: Recognizer = {
  name: 'number-word-scaled',
  requires: 'number-word',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(p.numberWord ? `(${p.numberWord})${p.scale}` : '(?!)'),
  read: (m, p) => {
    const value = (p.numberWordValue(m[1] ?? '') ?? Number.NaN) * (p.scaleFactor(m[2] ?? '') ?? Number.NaN);
    return Number.isFinite(value) ? { values: [{ kind: 'number', value }], spelled: true } : undefined;
  },
};

const numberWord: Recognizer = {
  name: 'number-word',
  requires: 'number-word',
  notAfter: /^\p{L}$/u,
  pattern: (p) => re(p.numberWord ? `(?:${p.numberWord})(?!\\p{L})` : '(?!)'),
  read: (m, p) => {
    const value = p.numberWordValue(m[0]) ?? Number.NaN;
    return { values: [{ kind: 'number', value }], strength: value >= CLAIMING_WORD ? 'claim' : 'word', spelled: true };
  },
};

function offsetCued(text: string, start: number, end: number, p: ValuePatterns): boolean {
  const before = text.slice(Math.max(0, start - 24), start).replace(/\s*(?:a|an|one|un|una|бір)\s*$/iu, ' ');
  const after = text.slice(end, end + 24);
  return (p.offsetBefore?.test(before) ?? false) || (p.offsetAfter?.test(after) ?? false);
}

/**
 * A time unit without a number: "a week", "weekly", "через год", "vuoden kuluttua". It carries one unit
 * (weak: "one week free" may carry a key fact's "7 days"), and becomes a claim after a time-offset cue
 * ("after a year", "через год").
 */
const bareUnit: Recognizer = {
  name: 'bare-unit',
  notAfter: /^[\p{L}\p{N}]$/u,
  pattern: (p) => re(p.bareUnit ? `(?:${p.bareUnit})(?![\\p{L}])` : '(?!)'),
  read: (m, p) => {
    const unit = p.unitOf(m[0]);
    if (!unit) return undefined;
    const start = m.index;
    const strength = offsetCued(m.input, start, start + m[0].length, p) ? 'claim' : 'weak';
    return { values: [{ kind: 'quantity', value: unit.factor, dimension: unit.dimension, count: 1 }], strength };
  },
};

/** Count recognizers, run after every typed recognizer has taken its text. */
export const COUNT_RECOGNIZERS: readonly Recognizer[] = [fractionDuration, plainNumber, pluralNumber, numberWordScaled, numberWord, bareUnit];
