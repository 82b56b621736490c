import { requireRole, type Principal } from '../domain/access/principal';
import { type ToneRulesPatch, validateToneRules } from '../domain/brand/validate-tone-rules';
import type { MasterMessageDraft } from '../domain/campaign/master-message';
import { validateMasterDraft } from '../domain/campaign/validate-master';
import type { Channel } from '../domain/channel/channel';
import { checkDrift } from '../domain/drift/check-drift';
import type { DriftReport } from '../domain/drift/drift-report';
import type { VariantContent } from '../domain/variant/variant-content';
import { type Deps, today } from './deps';

/** Input of the stateless check: a channel, a master, optional tone rules and the copy. */
export interface CopyCheck {
  readonly channel: Channel;
  readonly master: MasterMessageDraft;
  readonly toneRules?: ToneRulesPatch | null;
  readonly content: VariantContent;
}

/**
 * `checkDrift`: checks copy against a master without storing anything, so an editor or a CMS plugin can
 * check before saving. The same engine reports on every stored variant.
 */
export function checkCopy(deps: Deps, actor: Principal, input: CopyCheck): DriftReport {
  requireRole(actor, 'drift.check');
  const master = validateMasterDraft(input.master);
  const toneRules = validateToneRules(input.toneRules);
  return checkDrift({ channel: input.channel, master, toneRules, content: input.content, date: today(deps) }, deps.linguistics);
}
