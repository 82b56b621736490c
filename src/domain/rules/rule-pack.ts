import { ruleKind } from './kinds';
import type { CompiledRule } from './rule-kind';

/** One rule of a pack, as data: which kind, its name in the pack, and the kind's options. */
export interface RuleEntry {
  readonly kind: string;
  /** PascalCase name, unique in the pack: the rule id is `Pack.Rule`. */
  readonly rule: string;
  readonly options?: unknown;
}

/** A named list of rules: the default pack, or a brand's pack derived from its tone rules. */
export interface RulePack {
  readonly name: string;
  readonly rules: readonly RuleEntry[];
}

/**
 * Compiles every rule of `pack` through its kind's factory. An unknown kind or a bad option throws a
 * ValidationError that names the pack, the rule and the field.
 */
export function compilePack(pack: RulePack): CompiledRule[] {
  return pack.rules.map((entry) => ruleKind(entry.kind, pack.name, entry.rule).create(entry.options, { pack: pack.name, rule: entry.rule }));
}
