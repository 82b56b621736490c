/**
 * The drift engine's public face for the app layer: check a variant, compile a brand's rules once, and add
 * the STALE_MASTER flag to stored reports without reimplementing drifted/score.
 */
export { checkDrift, type DriftCheckInput } from './check-drift';
export { compileToneRules, type CompiledToneRules } from '../rules/compile-tone-rules';
export { staleMasterFlag } from './stale-master';
export { appendFlag, buildReport, codesOf, flagCounts, isDrift, scoreOf, SEVERITY_WEIGHT } from './score';
export { MAX_CONTENT_BYTES } from './validate-input';
export type { Linguistics, LanguageScore } from './linguistics';
export type { DriftFlag, DriftReport } from './drift-report';
