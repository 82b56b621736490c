import type { DriftCode, Severity } from '../drift/drift-code';

/** A word the brand prefers (`use`) over others (`insteadOf`). */
export interface PreferredTerm {
  readonly use: string;
  readonly insteadOf: readonly string[];
}

/** A brand's severity for a drift code, or OFF to silence it. */
export type SeverityOverride = Severity | 'OFF';

/**
 * A brand's tone rules: its rule pack, as data. The drift engine compiles them once per check run.
 * `maxExclamations: null` means no limit.
 */
export interface ToneRules {
  readonly voice: readonly string[];
  readonly bannedTerms: readonly string[];
  readonly preferredTerms: readonly PreferredTerm[];
  readonly protectedTerms: readonly string[];
  readonly maxExclamations: number | null;
  readonly allowEmoji: boolean;
  readonly severityOverrides: Readonly<Partial<Record<DriftCode, SeverityOverride>>>;
}

/** The rules a brand has before anyone sets any: nothing banned, emoji allowed, no exclamation limit. */
export const DEFAULT_TONE_RULES: ToneRules = Object.freeze({
  voice: [],
  bannedTerms: [],
  preferredTerms: [],
  protectedTerms: [],
  maxExclamations: null,
  allowEmoji: true,
  severityOverrides: {},
});
