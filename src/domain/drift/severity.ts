import type { SeverityOverride } from '../brand/tone-rules';
import { DEFAULT_SEVERITY, type DriftCode } from './drift-code';
import type { DriftFlag } from './drift-report';

/**
 * Applies a brand's severity configuration: `OFF` drops a code's flags, a level replaces the default one.
 * NOTE: only flags at their code's default level change; a flag a check already lowered on purpose (a
 * `recommended` channel limit is a SUGGESTION) keeps its level unless the code is OFF.
 */
export function applySeverity(flags: readonly DriftFlag[], overrides: Readonly<Partial<Record<DriftCode, SeverityOverride>>>): DriftFlag[] {
  return flags.flatMap((flag) => {
    const override = overrides[flag.code];
    if (override === undefined) return [flag];
    if (override === 'OFF') return [];
    return [flag.severity === DEFAULT_SEVERITY[flag.code] ? { ...flag, severity: override } : flag];
  });
}

/** A flag with its code's default severity, after the brand's override (undefined when the code is OFF). */
export function flagWithSeverity(flag: Omit<DriftFlag, 'severity'>, overrides: Readonly<Partial<Record<DriftCode, SeverityOverride>>>): DriftFlag | undefined {
  return applySeverity([{ ...flag, severity: DEFAULT_SEVERITY[flag.code] }], overrides)[0];
}
