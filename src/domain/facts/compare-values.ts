import type { DriftFlag } from '../drift/drift-report';
import type { MasterAnalysis, VariantAnalysis } from '../drift/analysis';
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

/**
 * Compares the values of a variant with the master's. A value the master never states is a new claim
 * (UNSUPPORTED_CLAIM), unless it takes the place of a master value of the same kind that the variant lost:
 * then it conflicts with that value (FACT_MISMATCH: "14,00 €" where the master says "14,90 €").
 * Weak values (implied by wording) and the word "two" never raise a flag.
 */
export function compareValues(master: MasterAnalysis, variant: VariantAnalysis): RawFlag[] {
  // NOTE: the master values the copy lost are found once, so copy with thousands of values stays linear.
  const lost = master.values.filter((m) => m.strength !== 'weak' && !variant.values.some((x) => sameValue(x.value, m.value)));
  const flags: RawFlag[] = [];
  const seen = new Set<string>();
  for (const v of variant.values) {
    if (v.strength !== 'claim') continue;
    const key = `${v.text}|${v.section}`;
    if (seen.has(key) || stated(v, master.values)) continue;
    seen.add(key);
    const slot = slotOf(v.value);
    const replaced = lost.find((m) => slotOf(m.value) === slot);
    flags.push(replaced ? conflictFlag(v, replaced) : claimFlag(v));
  }
  return flags;
}
