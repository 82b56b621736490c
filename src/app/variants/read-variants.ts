import { may, type Principal, requireRole } from '../../domain/access/principal';
import { type Channel, CHANNELS } from '../../domain/channel/channel';
import type { DriftCode } from '../../domain/drift/drift-code';
import { codesOf, flagCounts, isDrift } from '../../domain/drift/score';
import { isStale, type Variant, type VariantStatus } from '../../domain/variant/variant';
import { getBrand, visibleBrand } from '../brands';
import { currentMaster, getCampaign } from '../campaigns';
import type { Deps } from '../deps';
import { approvedOfCampaign } from './approved-variants';
import { withFreshReport } from './variant-report';
import { loadVariant } from './variant-scope';

/** A variant as readers see it: with a current report and whether its master moved on. */
export interface VariantView {
  readonly variant: Variant;
  readonly stale: boolean;
}

/** One variant by id, with a current report. */
export async function getVariant(deps: Deps, actor: Principal, variantId: string): Promise<VariantView> {
  const { variant, master, brand } = await loadVariant(deps, actor, variantId, 'variant.read');
  const fresh = await withFreshReport(deps, variant, master, brand);
  return { variant: fresh, stale: isStale(fresh.head, master.version) };
}

/**
 * A campaign's variants (optionally one channel or status), oldest first, with current reports.
 * NOTE: a READER (approved copy only) sees each variant's latest approved revision, as `approvedVariants` does,
 * and nothing of variants never approved: no drafts, no rejected copy.
 */
export async function listVariants(deps: Deps, actor: Principal, campaignId: string, filter: { channel?: Channel; status?: VariantStatus }): Promise<VariantView[]> {
  if (!may(actor, 'variant.read') && may(actor, 'variant.readApproved')) {
    const campaign = await getCampaign(deps, actor, campaignId);
    if (filter.status && filter.status !== 'APPROVED') return [];
    return approvedOfCampaign(deps, await visibleBrand(deps, actor, campaign.brandId), campaign, filter.channel);
  }
  requireRole(actor, 'variant.read');
  const campaign = await getCampaign(deps, actor, campaignId);
  const [brand, master] = await Promise.all([getBrand(deps, actor, campaign.brandId), currentMaster(deps, campaign)]);
  const variants = await deps.store.variants.listByCampaign(campaign.id, filter);
  const fresh = await Promise.all(variants.map((v) => withFreshReport(deps, v, master, brand)));
  return fresh.map((variant) => ({ variant, stale: isStale(variant.head, master.version) }));
}

/** How consistent a campaign's copy is on one channel (judged on its newest variant). */
export interface ChannelConsistency {
  readonly channel: Channel;
  readonly variantCount: number;
  readonly latestVariantId: string | null;
  readonly score: number | null;
  readonly drifted: boolean;
  readonly stale: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly codes: readonly DriftCode[];
}

/** A campaign's consistency: per channel, and overall the mean score of the channels that have copy. */
export interface CampaignConsistency {
  readonly score: number | null;
  readonly channels: readonly ChannelConsistency[];
}

function channelConsistency(channel: Channel, views: readonly VariantView[]): ChannelConsistency {
  const latest = views.filter((v) => v.variant.channel === channel).at(-1);
  return {
    channel,
    variantCount: views.filter((v) => v.variant.channel === channel).length,
    latestVariantId: latest?.variant.id ?? null,
    score: latest ? latest.variant.head.drift.score : null,
    drifted: latest?.variant.head.drift.drifted ?? false,
    stale: latest?.stale ?? false,
    ...(latest ? flagCounts(latest.variant.head.drift) : { errors: 0, warnings: 0 }),
    codes: latest ? codesOf(latest.variant.head.drift, isDrift) : [],
  };
}

/** `campaign.consistency`: a summary per channel from the stored (and, when outdated, recomputed) reports. */
export async function campaignConsistency(deps: Deps, actor: Principal, campaignId: string): Promise<CampaignConsistency> {
  requireRole(actor, 'variant.read');
  const views = await listVariants(deps, actor, campaignId, {});
  const channels = CHANNELS.map((c) => channelConsistency(c, views));
  const scored = channels.map((c) => c.score).filter((s): s is number => s !== null);
  const score = scored.length ? Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 1000) / 1000 : null;
  return { score, channels };
}
