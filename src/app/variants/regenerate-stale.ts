import type { Principal } from '../../domain/access/principal';
import type { Channel } from '../../domain/channel/channel';
import { getBrand } from '../brands';
import { getCampaign } from '../campaigns';
import type { Deps } from '../deps';
import { generateVariants } from './generate-variants';

/** Progress of a bulk regeneration, reported after every campaign. */
export interface RegenerationProgress {
  readonly done: number;
  readonly total: number;
  readonly campaignId: string;
  readonly variants: number;
}

/**
 * Regenerates, campaign by campaign, the channels whose newest variant was made from an older master.
 * NOTE: resumable by construction: it starts from the campaigns that are still stale, so an interrupted run
 * continues where it stopped; `shouldStop` lets a caller end cleanly between campaigns.
 */
export async function regenerateStale(
  deps: Deps,
  actor: Principal,
  brandId: string,
  onProgress: (p: RegenerationProgress) => void = () => undefined,
  shouldStop: () => boolean = () => false,
): Promise<{ campaigns: number; variants: number; stopped: boolean }> {
  const brand = await getBrand(deps, actor, brandId);
  const ids = await deps.store.variants.campaignsWithStaleVariants(brand.id);
  let variants = 0;
  for (const [i, campaignId] of ids.entries()) {
    if (shouldStop()) return { campaigns: i, variants, stopped: true };
    const campaign = await getCampaign(deps, actor, campaignId);
    const newest = new Map<Channel, number>();
    for (const v of await deps.store.variants.listByCampaign(campaign.id, {})) newest.set(v.channel, v.head.masterVersion);
    const channels = [...newest].filter(([, version]) => version < campaign.currentVersion).map(([channel]) => channel);
    const made = channels.length ? await generateVariants(deps, actor, { campaignId, channels }) : [];
    variants += made.length;
    onProgress({ done: i + 1, total: ids.length, campaignId, variants: made.length });
  }
  return { campaigns: ids.length, variants, stopped: false };
}
