import type { Channel } from '../channel/channel';
import type { ChannelSpec } from '../channel/channel-spec';
import type { DriftCode } from '../drift/drift-code';
import type { DriftFlag } from '../drift/drift-report';
import type { Linguistics } from '../drift/linguistics';
import type { FirstClassLanguage } from '../language/languages';
import type { KeyedWordAt } from '../language/word-keys';
import type { TextSpan } from '../text/spans';
import type { UrlMatch } from '../text/urls';
import type { VariantContent } from '../variant/variant-content';

/** A section of copy as rules read it: text, keyed words and links, all found once per check. */
export interface RuleSection {
  readonly name: string;
  readonly field: string;
  readonly text: string;
  readonly words: readonly KeyedWordAt[];
  readonly urls: readonly UrlMatch[];
  /** Spans holding names and links rather than prose (URLs, hashtags, mentions, protected names). */
  readonly names: readonly TextSpan[];
}

/** Everything a compiled rule may read besides the copy. */
export interface RuleContext {
  /** The master's language (primary subtag). */
  readonly lang: string;
  readonly tools: Linguistics;
  readonly channel: Channel;
  readonly spec: ChannelSpec;
  readonly content: VariantContent;
  /** ISO day the check is for: channel limits changed over time. */
  readonly date: string;
  /** Upper-case words the master itself uses (acronyms such as IMAX, HIIT, IVA), which are no shouting. */
  readonly knownUpperCase: ReadonlySet<string>;
}

/** A rule's finding before the brand's severity configuration is applied. */
export type Finding = DriftFlag;

/** A rule compiled from a pack entry: options validated, matchers built, ready to run many times. */
export interface CompiledRule {
  /** `Pack.RuleName`, e.g. `Brand.BannedTerms`. */
  readonly id: string;
  readonly kind: string;
  run(sections: readonly RuleSection[], ctx: RuleContext): Finding[];
}

/** Where a rule comes from, for load errors ("pack Brand, rule BannedTerms, field terms[2]"). */
export interface RuleLocation {
  readonly pack: string;
  readonly rule: string;
}

/** A kind's factory: validates `options` (throwing ValidationError naming the field) and compiles the rule. */
export type RuleFactory = (options: unknown, where: RuleLocation) => CompiledRule;

/** A documented example of a kind: options, copy, and the codes it must (not) raise. */
export interface KindExample {
  readonly lang: FirstClassLanguage;
  readonly options: unknown;
  readonly channel?: Channel;
  readonly content: VariantContent;
  /** Codes the rule must raise; empty for an ok example. */
  readonly expected: readonly DriftCode[];
}

/** A rule kind as the registry holds it: its factory and its examples (which are also its tests). */
export interface RuleKindModule {
  readonly create: RuleFactory;
  readonly examples: readonly KindExample[];
}
