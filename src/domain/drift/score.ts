import type { Severity } from './drift-code';
import type { DriftFlag, DriftReport } from './drift-report';

/**
 * How much one flag lowers the score, by severity. A flag multiplies the score by (1 − weight), so two
 * errors cost more than one but the score never goes below 0, and appending a flag later (STALE_MASTER)
 * needs only the old score.
 */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = Object.freeze({ ERROR: 0.3, WARNING: 0.12, SUGGESTION: 0.02 });

/** Share of the score that depends on how much of the master survives; the rest depends on flags only. */
const PRESERVED_SHARE = 0.75;

/** True when a flag makes a variant drifted (contract: severity ERROR or WARNING). */
export function isDrift(flag: DriftFlag): boolean {
  return flag.severity === 'ERROR' || flag.severity === 'WARNING';
}

/** Number of flags of each drifting severity in a report. */
export function flagCounts(report: DriftReport): { errors: number; warnings: number } {
  return {
    errors: report.flags.filter((f) => f.severity === 'ERROR').length,
    warnings: report.flags.filter((f) => f.severity === 'WARNING').length,
  };
}

/** The distinct codes of a report's flags that `which` selects (say, the ERROR ones), in order. */
export function codesOf(report: DriftReport, which: (flag: DriftFlag) => boolean): DriftFlag['code'][] {
  return [...new Set(report.flags.filter(which).map((f) => f.code))];
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * The consistency score in [0, 1]:
 *
 *   score = (1 − PRESERVED_SHARE × (1 − preserved)) × Π over flags (1 − SEVERITY_WEIGHT[severity])
 *
 * `preserved` is the share of the master's key facts the variant carries (1 when the master has none;
 * 0 when the variant is in another language, since its readers get nothing of the master). A clean variant
 * scores 1; a variant with all facts lost and three errors scores 0.25 × 0.7³ ≈ 0.09.
 */
export function scoreOf(preserved: number, flags: readonly DriftFlag[]): number {
  const base = 1 - PRESERVED_SHARE * (1 - Math.min(1, Math.max(0, preserved)));
  return round(flags.reduce((score, flag) => score * (1 - SEVERITY_WEIGHT[flag.severity]), base));
}

/** A report from its flags and the share of key facts preserved. */
export function buildReport(flags: readonly DriftFlag[], preserved: number): DriftReport {
  return { drifted: flags.some(isDrift), score: scoreOf(preserved, flags), flags };
}

/**
 * `report` with `flag` appended, `drifted` and `score` recomputed by the same formula (use it for flags
 * added after the check, such as STALE_MASTER on stored variants).
 */
export function appendFlag(report: DriftReport, flag: DriftFlag): DriftReport {
  const flags = [...report.flags, flag];
  return { drifted: flags.some(isDrift), score: round(report.score * (1 - SEVERITY_WEIGHT[flag.severity])), flags };
}
