/** Every code a drift report can carry (the contract's DriftCode enum). */
export const DRIFT_CODES = [
  'FACT_MISMATCH',
  'MISSING_KEY_FACT',
  'MISSING_CTA',
  'UNSUPPORTED_CLAIM',
  'BANNED_TERM',
  'PREFERRED_TERM',
  'TERM_CASING',
  'TONE_VIOLATION',
  'CHANNEL_LIMIT',
  'LINK_NOT_ALLOWED',
  'WRONG_LANGUAGE',
  'STALE_MASTER',
] as const;
export type DriftCode = (typeof DRIFT_CODES)[number];

export const SEVERITIES = ['ERROR', 'WARNING', 'SUGGESTION'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Default severity of each code, as the contract's table lists them. */
export const DEFAULT_SEVERITY: Readonly<Record<DriftCode, Severity>> = Object.freeze({
  FACT_MISMATCH: 'ERROR',
  MISSING_KEY_FACT: 'ERROR',
  MISSING_CTA: 'ERROR',
  UNSUPPORTED_CLAIM: 'WARNING',
  BANNED_TERM: 'ERROR',
  PREFERRED_TERM: 'WARNING',
  TERM_CASING: 'WARNING',
  TONE_VIOLATION: 'WARNING',
  CHANNEL_LIMIT: 'ERROR',
  LINK_NOT_ALLOWED: 'ERROR',
  WRONG_LANGUAGE: 'ERROR',
  STALE_MASTER: 'WARNING',
});
