import { ValidationError } from '../../errors';
import type { RuleKindModule } from '../rule-kind';
import * as bannedTerm from './banned-term';
import * as channelLimit from './channel-limit';
import * as emoji from './emoji';
import * as exclamationLimit from './exclamation-limit';
import * as linkNotAllowed from './link-not-allowed';
import * as preferredTerm from './preferred-term';
import * as protectedTerm from './protected-term';
import * as shouting from './shouting';

/** The registry: every rule kind by its kebab-case id. A closed set: brand packs choose among these. */
export const RULE_KINDS: Readonly<Record<string, RuleKindModule>> = Object.freeze({
  'banned-term': bannedTerm,
  'preferred-term': preferredTerm,
  'protected-term': protectedTerm,
  'exclamation-limit': exclamationLimit,
  emoji,
  shouting,
  'channel-limit': channelLimit,
  'link-not-allowed': linkNotAllowed,
});

/** The kind registered as `id`; an unknown kind fails to load with the list of valid kinds. */
export function ruleKind(id: string, pack: string, rule: string): RuleKindModule {
  const kind = Object.hasOwn(RULE_KINDS, id) ? RULE_KINDS[id] : undefined;
  if (!kind) {
    throw new ValidationError(`Pack ${pack}, rule ${rule}: unknown kind '${id}', expected one of ${Object.keys(RULE_KINDS).join(', ')}`, `${pack}.${rule}.kind`, 'PACK.UNKNOWN_KIND');
  }
  return kind;
}
