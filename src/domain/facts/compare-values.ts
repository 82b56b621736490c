import type { DriftFlag } from '../drift/drift-report';
import type { MasterAnalysis, VariantAnalysis } from '../drift/analysis';
import { masterSaysFree } from './cost-polarity';
import { boundAt } from './extract-values';
import { describeValue, type FactValue, type FoundValue, magnitudeOf, sameValue, slotOf } from './fact-value';

/** A flag before severity configuration. */
export type RawFlag = Omit<DriftFlag, 'severity'>;

/**
 * True when the master states `v`: the same value in any format, or (for counts and quantities) the same
 * number in another form, so "10 concerts" agrees with "deu concerts" and "deu dies".
 * A bare number agrees with any number the master shows ("9–17" with "klo 9–17", "30" with "30 €"), and
 * a price with a bare amount of the master ("15 €" with "kertalippu maksaa 15");
 * a quantity with a written count of two or more agrees with a master count (an implied "a year" proves
 * nothing). NOTE: prices, percentages, dates and times in the copy must match as such, and a number written
 * as a word ("neljä ikkunaa") only agrees with an amount, never with the digits of a date ("15.4.").
 */
export function stated(v: FoundValue, values: readonly FoundValue[]): boolean {
  if (values.some((m) => sameValue(m.value, v.value))) return true;
  const strong = values.filter((m) => m.strength !== 'weak');
  if (v.value.kind === 'number') {
    const n = v.value.value;
    return strong.some((m) => (v.spelled ? [magnitudeOf(m.value)] : numbersIn(m.value)).includes(n));
  }
  if (v.value.kind === 'money') {
    const amount = v.value.amount;
    return strong.some((m) => m.value.kind === 'number' && Math.abs(m.value.value - amount) < 0.005);
  }
  if (v.value.kind !== 'quantity') return false;
  const count = v.value.count;
  return count >= 2 && strong.some((m) => (m.value.kind === 'number' || m.value.kind === 'quantity') && magnitudeOf(m.value) === count);
}

/** Every bare number a value shows: its amount, a clock time's hour, a date's day and month. */
function numbersIn(v: FactValue): number[] {
  if (v.kind === 'time') return v.minutes % 60 === 0 ? [v.minutes / 60] : [];
  if (v.kind === 'date') return [v.day, v.month, ...(v.year ? [v.year] : [])];
  const n = magnitudeOf(v);
  return n === undefined ? [] : [n];
}

function conflictFlag(v: FoundValue & { section: string }, replaced: FoundValue): RawFlag {
  return {
    code: 'FACT_MISMATCH',
    message: `Unexpected '${v.text}', expected ${describeValue(replaced.value)} as in the master ('${replaced.text}')`,
    evidence: v.text,
    section: v.section,
  };
}

function claimFlag(v: FoundValue & { section: string }): RawFlag {
  return {
    code: 'UNSUPPORTED_CLAIM',
    message: `Unexpected '${v.text}': the master states no such ${v.value.kind === 'number' ? 'figure' : v.value.kind}, expected only the master's values`,
    evidence: v.text,
    section: v.section,
  };
}

const BOUND_NAMES = { min: 'a lower bound', max: 'an upper bound' } as const;

/**
 * A value the copy states as the opposite bound of the master ("до 25 000 ₽" where the master says "от 25 000
 * ₽", "until 1 June" for "from 1 June"): FACT_MISMATCH. Only when the master bounds that value one way and
 * the copy never bounds it that way; a value without a bound word on either side is no conflict.
 */
function reversedBounds(master: MasterAnalysis, variant: VariantAnalysis): RawFlag[] {
  const bounded = master.values.filter((m) => m.bound);
  if (bounded.length === 0) return [];
  const texts = new Map(variant.sections.map((s) => [s.name, s.text]));
  const candidates = variant.values.filter((v) => v.strength === 'claim' && bounded.some((m) => sameValue(m.value, v.value)));
  const withBounds = candidates.map((v) => ({ v, bound: boundAt(texts.get(v.section) ?? '', v.start, v.end, master.lang) }));
  const flags: RawFlag[] = [];
  for (const { v, bound } of withBounds) {
    if (!bound) continue;
    const bounds = bounded.filter((m) => sameValue(m.value, v.value));
    const opposite = bounds.find((m) => m.bound?.kind !== bound.kind);
    if (!opposite || bounds.some((m) => m.bound?.kind === bound.kind)) continue;
    if (withBounds.some((x) => x.bound?.kind === opposite.bound?.kind && sameValue(x.v.value, v.value))) continue;
    const evidence = `${bound.word} ${v.text}`;
    if (flags.some((f) => f.evidence === evidence)) continue;
    flags.push({
      code: 'FACT_MISMATCH',
      message: `Unexpected '${evidence}' as ${BOUND_NAMES[bound.kind]}, expected ${BOUND_NAMES[opposite.bound?.kind ?? 'min']} as in the master ('${opposite.bound?.word ?? ''} ${opposite.text}')`,
      evidence,
      section: v.section,
    });
  }
  return flags;
}

/**
 * Compares the values of a variant with the master's. A value the master never states is a new claim
 * (UNSUPPORTED_CLAIM), unless it takes the place of a master value of the same kind that the variant lost:
 * then it conflicts with that value (FACT_MISMATCH: "14,00 €" where the master says "14,90 €").
 * Weak values (implied by wording) and the word "two" never raise a flag, nor a price of zero where the
 * master calls something free. A value turned from a lower into an upper bound, or back, conflicts too
 * (see reversedBounds).
 */
export function compareValues(master: MasterAnalysis, variant: VariantAnalysis): RawFlag[] {
  // NOTE: the master values the copy lost are found once, so copy with thousands of values stays linear.
  const lost = master.values.filter((m) => m.strength !== 'weak' && !variant.values.some((x) => sameValue(x.value, m.value)));
  const flags: RawFlag[] = [];
  const seen = new Set<string>();
  for (const v of variant.values) {
    if (v.strength !== 'claim') continue;
    const key = `${v.text}|${v.section}`;
    if (seen.has(key) || stated(v, master.values) || (v.value.kind === 'money' && v.value.amount === 0 && masterSaysFree(master))) continue;
    seen.add(key);
    const slot = slotOf(v.value);
    const replaced = lost.find((m) => slotOf(m.value) === slot);
    flags.push(replaced ? conflictFlag(v, replaced) : claimFlag(v));
  }
  return [...flags, ...reversedBounds(master, variant)];
}
