import { DEFAULT_TONE_RULES, type SeverityOverride, type ToneRules } from '../brand/tone-rules';
import { DRIFT_CODES, type DriftCode, SEVERITIES } from '../drift/drift-code';
import { ValidationError } from '../errors';
import { DEFAULT_PACK } from './packs/default';
import type { CompiledRule } from './rule-kind';
import { compilePack, type RuleEntry, type RulePack } from './rule-pack';

/** A brand's tone rules compiled once, ready for any number of checks (in any language). */
export interface CompiledToneRules {
  readonly rules: readonly CompiledRule[];
  readonly severityOverrides: Readonly<Partial<Record<DriftCode, SeverityOverride>>>;
  /** Names whose exact spelling is protected: never read as values or as words of another language. */
  readonly protectedTerms: readonly string[];
  /** Finds the protected names in any casing, also inside words (global regex); undefined when there are none. */
  readonly protectedPattern?: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesPattern(terms: readonly string[]): RegExp | undefined {
  if (!terms.length) return undefined;
  return new RegExp(`(?:${[...terms].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'giu');
}

/** The brand's pack as data: one rule per tone setting that is in use. */
export function brandPack(rules: ToneRules, name = 'Brand'): RulePack {
  const entries: RuleEntry[] = [];
  if (rules.bannedTerms.length) entries.push({ kind: 'banned-term', rule: 'BannedTerms', options: { terms: rules.bannedTerms } });
  if (rules.preferredTerms.length) entries.push({ kind: 'preferred-term', rule: 'PreferredTerms', options: { terms: rules.preferredTerms } });
  if (rules.protectedTerms.length) entries.push({ kind: 'protected-term', rule: 'ProtectedTerms', options: { terms: rules.protectedTerms } });
  if (rules.maxExclamations !== null) entries.push({ kind: 'exclamation-limit', rule: 'Exclamations', options: { max: rules.maxExclamations } });
  if (!rules.allowEmoji) entries.push({ kind: 'emoji', rule: 'NoEmoji' });
  return { name, rules: entries };
}

function checkOverrides(overrides: Readonly<Record<string, unknown>>): Partial<Record<DriftCode, SeverityOverride>> {
  for (const [code, level] of Object.entries(overrides)) {
    if (!(DRIFT_CODES as readonly string[]).includes(code)) {
      throw new ValidationError(`Unexpected drift code '${code}' in severityOverrides, expected one of ${DRIFT_CODES.join(', ')}`, `toneRules.severityOverrides.${code}`);
    }
    if (level !== 'OFF' && !(SEVERITIES as readonly unknown[]).includes(level)) {
      throw new ValidationError(`Unexpected severity '${String(level)}' for ${code}, expected ERROR, WARNING, SUGGESTION or OFF`, `toneRules.severityOverrides.${code}`);
    }
  }
  return overrides as Partial<Record<DriftCode, SeverityOverride>>;
}

/**
 * Compiles a brand's tone rules (missing fields take DEFAULT_TONE_RULES) together with the default pack.
 * Do it once per brand and rule change, then pass the result to every checkDrift call.
 */
export function compileToneRules(toneRules: Partial<ToneRules> = {}): CompiledToneRules {
  const rules: ToneRules = { ...DEFAULT_TONE_RULES, ...stripUndefined(toneRules) };
  if (rules.maxExclamations !== null && (!Number.isInteger(rules.maxExclamations) || rules.maxExclamations < 0)) {
    throw new ValidationError('maxExclamations must be a whole number ≥ 0', 'toneRules.maxExclamations');
  }
  return Object.freeze({
    rules: [...compilePack(DEFAULT_PACK), ...compilePack(brandPack(rules))],
    severityOverrides: checkOverrides(rules.severityOverrides),
    protectedTerms: rules.protectedTerms,
    ...(rules.protectedTerms.length ? { protectedPattern: namesPattern(rules.protectedTerms) } : {}),
  });
}

function stripUndefined(rules: Partial<ToneRules>): Partial<ToneRules> {
  return Object.fromEntries(Object.entries(rules).filter(([, v]) => v !== undefined && v !== null)) as Partial<ToneRules>;
}
