import { DEFAULT_SEVERITY, type DriftCode, SEVERITIES } from '../drift/drift-code';
import { ValidationError } from '../errors';
import { LIMITS, requireText } from '../input-rules';
import { DEFAULT_TONE_RULES, type SeverityOverride, type ToneRules } from './tone-rules';

/** Tone rules as a caller sends them: every field optional. */
export interface ToneRulesPatch {
  readonly voice?: readonly string[] | null;
  readonly bannedTerms?: readonly string[] | null;
  readonly preferredTerms?: ReadonlyArray<{ readonly use: string; readonly insteadOf: readonly string[] }> | null;
  readonly protectedTerms?: readonly string[] | null;
  readonly maxExclamations?: number | null;
  readonly allowEmoji?: boolean | null;
  readonly severityOverrides?: ReadonlyArray<{ readonly code: string; readonly severity: string }> | null;
}

function terms(list: readonly string[] | null | undefined, field: string, fallback: readonly string[]): string[] {
  if (list == null) return [...fallback];
  if (list.length > LIMITS.termsMax) throw new ValidationError(`${field} may hold at most ${LIMITS.termsMax} entries`, field);
  const out = list.map((t, i) => requireText(t, `${field}[${i}]`, LIMITS.term));
  return [...new Set(out)];
}

function overrides(list: ToneRulesPatch['severityOverrides'], field: string): ToneRules['severityOverrides'] {
  const out: Partial<Record<DriftCode, SeverityOverride>> = {};
  for (const [i, { code, severity }] of (list ?? []).entries()) {
    if (!(code in DEFAULT_SEVERITY)) throw new ValidationError(`${field}[${i}].code ${JSON.stringify(code)} is not a drift code`, `${field}[${i}].code`);
    if (severity !== 'OFF' && !(SEVERITIES as readonly string[]).includes(severity)) {
      throw new ValidationError(`${field}[${i}].severity must be ERROR, WARNING, SUGGESTION or OFF`, `${field}[${i}].severity`);
    }
    out[code as DriftCode] = severity as SeverityOverride;
  }
  return out;
}

/**
 * Complete, validated tone rules: the patch's fields over `base` (the brand's current rules, or the defaults).
 * Terms are trimmed and de-duplicated; a bad entry is a ValidationError naming it.
 */
export function validateToneRules(patch: ToneRulesPatch | null | undefined, base: ToneRules = DEFAULT_TONE_RULES, field = 'toneRules'): ToneRules {
  const p = patch ?? {};
  const max = p.maxExclamations === undefined ? base.maxExclamations : p.maxExclamations;
  if (max !== null && (!Number.isInteger(max) || max < 0 || max > LIMITS.maxExclamations)) {
    throw new ValidationError(`${field}.maxExclamations must be a whole number from 0 to ${LIMITS.maxExclamations}`, `${field}.maxExclamations`);
  }
  const preferred = p.preferredTerms ?? base.preferredTerms;
  if (preferred.length > LIMITS.termsMax) throw new ValidationError(`${field}.preferredTerms may hold at most ${LIMITS.termsMax} entries`, `${field}.preferredTerms`);
  return {
    voice: terms(p.voice, `${field}.voice`, base.voice),
    bannedTerms: terms(p.bannedTerms, `${field}.bannedTerms`, base.bannedTerms),
    preferredTerms: preferred.map((t, i) => {
      const at = `${field}.preferredTerms[${i}]`;
      if (t.insteadOf.length === 0 || t.insteadOf.length > LIMITS.insteadOfMax) {
        throw new ValidationError(`${at}.insteadOf must hold 1 to ${LIMITS.insteadOfMax} terms`, `${at}.insteadOf`);
      }
      return { use: requireText(t.use, `${at}.use`, LIMITS.term), insteadOf: terms(t.insteadOf, `${at}.insteadOf`, []) };
    }),
    protectedTerms: terms(p.protectedTerms, `${field}.protectedTerms`, base.protectedTerms),
    maxExclamations: max,
    allowEmoji: p.allowEmoji ?? base.allowEmoji,
    severityOverrides: p.severityOverrides == null ? base.severityOverrides : overrides(p.severityOverrides, `${field}.severityOverrides`),
  };
}
