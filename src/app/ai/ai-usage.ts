import { type Principal, requireRole } from '../../domain/access/principal';
import { getCampaign } from '../campaigns';
import type { Deps } from '../deps';
import type { AiUsageRow } from '../ports/ai-store';

/** What the model cost a campaign: totals, and the same per channel and model. */
export interface AiUsage {
  readonly generations: number;
  readonly attempts: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly byChannel: readonly AiUsageRow[];
}

/**
 * `campaign.aiUsage`: every AI generation of the campaign (requests answered from the reuse cache cost nothing
 * and add nothing). Cost is not for READER keys.
 */
export async function campaignAiUsage(deps: Deps, actor: Principal, campaignId: string): Promise<AiUsage> {
  requireRole(actor, 'variant.read');
  const campaign = await getCampaign(deps, actor, campaignId);
  const rows = await deps.ai.generations.usage(campaign.id);
  const total = (key: keyof Omit<AiUsageRow, 'channel' | 'model'>) => rows.reduce((n, r) => n + r[key], 0);
  return {
    generations: total('generations'),
    attempts: total('attempts'),
    promptTokens: total('promptTokens'),
    completionTokens: total('completionTokens'),
    byChannel: rows,
  };
}
