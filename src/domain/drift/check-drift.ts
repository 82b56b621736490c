import type { MasterMessageDraft } from '../campaign/master-message';
import { type Channel, type ChannelSpec, channelSpec } from '../channel';
import type { ToneRules } from '../brand/tone-rules';
import { checkLanguage } from './language-check';
import { compareValues, type RawFlag } from '../facts/compare-values';
import { newPromises } from '../facts/new-promises';
import { keyFactCoverage } from '../facts/key-fact-coverage';
import { negatedFacts } from '../facts/negated-facts';
import { compileToneRules, type CompiledToneRules } from '../rules/compile-tone-rules';
import type { RuleContext } from '../rules/rule-kind';
import { channelSections } from '../text/sections';
import type { VariantContent } from '../variant/variant-content';
import { analyzeMaster, analyzeVariant, type MasterAnalysis, type VariantAnalysis } from './analysis';
import { checkCta } from './cta-check';
import { DEFAULT_SEVERITY } from './drift-code';
import type { DriftFlag, DriftReport } from './drift-report';
import type { Linguistics } from './linguistics';
import { buildReport, isDrift } from './score';
import { applySeverity } from './severity';
import { validateDriftInput } from './validate-input';

/** What a drift check needs: the channel, the master, the brand's tone rules and the copy. */
export interface DriftCheckInput {
  readonly channel: Channel;
  readonly master: MasterMessageDraft;
  /** The brand's rules as stored (compiled on the fly and cached by identity), when no compiled pack is passed. */
  readonly toneRules?: Partial<ToneRules>;
  readonly content: VariantContent;
  /** ISO day the copy is checked for (channel limits changed over time): the caller passes today (the domain reads no clock). */
  readonly date: string;
}

const compiledCache = new WeakMap<object, CompiledToneRules>();
interface MasterEntry {
  readonly tools: Linguistics;
  readonly year: number;
  readonly rules: CompiledToneRules;
  readonly analysis: MasterAnalysis;
  /** Capitalised words that are no shouting: the master's acronyms and the protected names' words. */
  readonly knownUpperCase: ReadonlySet<string>;
}

const masterCache = new WeakMap<object, MasterEntry>();
const NO_RULES = {};

function compiledFor(input: DriftCheckInput): CompiledToneRules {
  const key = input.toneRules ?? NO_RULES;
  let compiled = compiledCache.get(key);
  if (!compiled) {
    compiled = compileToneRules(input.toneRules);
    compiledCache.set(key, compiled);
  }
  return compiled;
}

/** NOTE: the master is analysed once per master object, tools, year and rules, so checking its variants is cheap. */
function masterEntry(master: MasterMessageDraft, tools: Linguistics, year: number, rules: CompiledToneRules): MasterEntry {
  const cached = masterCache.get(master);
  if (cached && cached.tools === tools && cached.year === year && cached.rules === rules) return cached;
  const analysis = analyzeMaster(master, tools, { currentYear: year }, rules.protectedPattern);
  const knownUpperCase = new Set([...analysis.upperCase, ...rules.protectedTerms.flatMap((t) => t.split(/\s+/))]);
  const entry = { tools, year, rules, analysis, knownUpperCase };
  masterCache.set(master, entry);
  return entry;
}

/** Flags from comparing the copy with the master; word-based ones are skipped for copy in another language. */
function contentFlags(master: MasterAnalysis, variant: VariantAnalysis, spec: ChannelSpec, foreign: boolean): { flags: RawFlag[]; preserved: number } {
  const coverage = foreign ? { flags: [], preserved: 0 } : keyFactCoverage(master, variant);
  const flags = [
    ...compareValues(master, variant),
    ...newPromises(master, variant),
    ...(foreign ? [] : negatedFacts(master, variant)),
    ...coverage.flags,
    ...checkCta(master, variant, spec),
  ];
  return { flags, preserved: coverage.preserved };
}

/**
 * Checks one variant against its master message and the brand's tone rules, and reports every drift as a
 * flag (code, severity, message, evidence, section), whether the variant drifted and its score.
 * Pure: pass `rules` from compileToneRules to reuse a brand's compiled rules across checks.
 * Throws ValidationError for unusable input (an empty required section names its field, `content.text`)
 * and LimitExceededError for copy over MAX_CONTENT_BYTES.
 */
export function checkDrift(input: DriftCheckInput, tools: Linguistics, rules: CompiledToneRules = compiledFor(input)): DriftReport {
  validateDriftInput(input);
  const { date } = input;
  const ctx = { currentYear: Number(date.slice(0, 4)) };
  const { analysis: master, knownUpperCase } = masterEntry(input.master, tools, ctx.currentYear, rules);
  const spec = channelSpec(input.channel);
  const variant = analyzeVariant(channelSections(input.channel, input.content), master.keys, ctx, rules.protectedPattern);
  const ruleCtx: RuleContext = { lang: master.lang, tools, channel: input.channel, spec, content: input.content, date, knownUpperCase };
  const language = applySeverity(checkLanguage(master, variant, tools).map(withDefault), rules.severityOverrides);
  const content = contentFlags(master, variant, spec, language.some(isDrift));
  const ruleFlags = rules.rules.flatMap((r) => r.run(variant.sections, ruleCtx));
  return buildReport([...language, ...applySeverity([...content.flags.map(withDefault), ...ruleFlags], rules.severityOverrides)], content.preserved);
}

/** A check's flag at its code's default severity (the brand's overrides come after). */
function withDefault(flag: RawFlag): DriftFlag {
  return { ...flag, severity: DEFAULT_SEVERITY[flag.code] };
}
