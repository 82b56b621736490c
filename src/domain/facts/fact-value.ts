import type { Dimension } from '../language/units';

/** A concrete, comparable value stated in copy, normalised so that only the local format may differ. */
export type FactValue =
  | { readonly kind: 'money'; readonly amount: number; readonly currency: string }
  | { readonly kind: 'percent'; readonly value: number }
  /** `swappable`: written D/M where M/D reads as valid too (en `3/10`), so either reading may match. */
  | { readonly kind: 'date'; readonly day: number; readonly month: number; readonly year?: number; readonly swappable?: boolean }
  /** Minutes after midnight. */
  | { readonly kind: 'time'; readonly minutes: number }
  /** `value` in the dimension's base unit (litre, kg, Mbit, metre, minute, day, month); `count` as written. */
  | { readonly kind: 'quantity'; readonly value: number; readonly dimension: Dimension; readonly count: number }
  | { readonly kind: 'number'; readonly value: number }
  /** 0 = Monday … 6 = Sunday. */
  | { readonly kind: 'weekday'; readonly day: number };

/**
 * How much a found value says. `claim`: a concrete value written out (digits, a unit, a currency): new ones
 * are claims. `word`: a number written as a word without a unit ("deu concerts"): a key fact may require it,
 * but it is too common in prose to count as a new claim. `weak`: implied by wording ("a week", "this year"):
 * it can carry a key fact's value but never raises a flag of its own.
 */
export type ValueStrength = 'claim' | 'word' | 'weak';

/** A value found in a text, with where it is written. */
export interface FoundValue {
  readonly value: FactValue;
  readonly strength: ValueStrength;
  /** The text as written, for evidence. */
  readonly text: string;
  /** True for a number written as a word ("four", "neljä"): it states an amount, never a date's or a clock's digits. */
  readonly spelled?: boolean;
  readonly start: number;
  readonly end: number;
  /** The value is a lower (`min`: "from €9.99") or upper (`max`: "until 30 June") bound, with the word that says so. */
  readonly bound?: Bound;
}

/** See FoundValue.bound. */
export interface Bound {
  readonly kind: 'min' | 'max';
  readonly word: string;
}

const EPSILON = 0.005;

function sameDate(a: Extract<FactValue, { kind: 'date' }>, b: Extract<FactValue, { kind: 'date' }>): boolean {
  const yearsAgree = a.year === undefined || b.year === undefined || a.year === b.year;
  if (!yearsAgree) return false;
  if (a.day === b.day && a.month === b.month) return true;
  const swappable = a.swappable === true || b.swappable === true;
  return swappable && a.day === b.month && a.month === b.day;
}

const MINUTES_PER_DAY = 1440;

/** A duration of minutes or days in minutes (24 hours = a day exactly); undefined for other dimensions. */
function inMinutes(q: Extract<FactValue, { kind: 'quantity' }>): number | undefined {
  if (q.dimension === 'minutes') return q.value;
  return q.dimension === 'days' ? q.value * MINUTES_PER_DAY : undefined;
}

function sameQuantity(a: Extract<FactValue, { kind: 'quantity' }>, b: Extract<FactValue, { kind: 'quantity' }>): boolean {
  if (a.dimension === b.dimension) return Math.abs(a.value - b.value) < EPSILON;
  const [x, y] = [inMinutes(a), inMinutes(b)];
  return x !== undefined && y !== undefined && Math.abs(x - y) < EPSILON;
}

/** True when two values state the same thing in possibly different formats (`49,90 €` = `€49.90`, `24 h` = `a day`). */
export function sameValue(a: FactValue, b: FactValue): boolean {
  switch (a.kind) {
    case 'money':
      return b.kind === 'money' && Math.abs(a.amount - b.amount) < EPSILON && a.currency === b.currency;
    case 'percent':
      return b.kind === 'percent' && Math.abs(a.value - b.value) < EPSILON;
    case 'date':
      return b.kind === 'date' && sameDate(a, b);
    case 'time':
      return b.kind === 'time' && a.minutes === b.minutes;
    case 'quantity':
      return b.kind === 'quantity' && sameQuantity(a, b);
    case 'number':
      return b.kind === 'number' && Math.abs(a.value - b.value) < EPSILON;
    case 'weekday':
      return b.kind === 'weekday' && a.day === b.day;
  }
}

/** The bare magnitude of a value, for lenient matches ("10 concerts" and "deu dies" share 10). */
export function magnitudeOf(v: FactValue): number | undefined {
  switch (v.kind) {
    case 'money':
      return v.amount;
    case 'percent':
    case 'number':
      return v.value;
    case 'quantity':
      return v.count;
    default:
      return undefined;
  }
}

/**
 * The slot a value fills: values in the same slot compete, so a variant value in a slot where the master's
 * value went missing replaced it (FACT_MISMATCH) rather than adding to it (UNSUPPORTED_CLAIM).
 */
export function slotOf(v: FactValue): string {
  if (v.kind === 'money') return `money:${v.currency}`;
  if (v.kind === 'quantity') return `quantity:${v.dimension}`;
  return v.kind;
}

const BASE_UNIT: Readonly<Record<Dimension, string>> = {
  volume: 'l',
  mass: 'kg',
  data: 'Mbit',
  distance: 'm',
  area: 'm²',
  minutes: 'min',
  days: 'days',
  months: 'months',
};

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A value in a neutral, readable form for messages ("15 November", "€49.90", "50%"). */
export function describeValue(v: FactValue): string {
  switch (v.kind) {
    case 'money':
      return `${v.amount.toFixed(Number.isInteger(v.amount) ? 0 : 2)} ${v.currency}`;
    case 'percent':
      return `${v.value}%`;
    case 'date':
      return `${v.day} ${MONTH_NAMES[v.month - 1] ?? '?'}${v.year ? ` ${v.year}` : ''}`;
    case 'time':
      return `${String(Math.floor(v.minutes / 60)).padStart(2, '0')}:${String(v.minutes % 60).padStart(2, '0')}`;
    case 'quantity':
      return `${v.value} ${BASE_UNIT[v.dimension]}`;
    case 'number':
      return String(v.value);
    case 'weekday':
      return WEEKDAY_NAMES[v.day] ?? '?';
  }
}
