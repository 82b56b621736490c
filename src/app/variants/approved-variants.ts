import { type Principal, requireRole } from '../../domain/access/principal';
import type { Brand } from '../../domain/brand/brand';
import type { Campaign } from '../../domain/campaign/campaign';
import type { MasterMessage } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import type { Variant } from '../../domain/variant/variant';
import { requireLocale } from '../../domain/locale';
import { visibleBrand } from '../brands';
import type { Deps } from '../deps';
import { pageRequest } from '../paging';
import type { ApprovedVariant, DeliveryQuery, Page } from '../ports/store';
import { withFreshReport } from './variant-report';

/** An approved variant as delivered: its approved revision as `head`, and when it was approved (the cursor). */
export interface DeliveredVariant {
  readonly variant: Variant;
  /** True when the approved copy was made from an older master than the campaign's current one. */
  readonly stale: boolean;
  readonly approvedAt: Date;
}

/** Input of approvedVariants. */
export interface ApprovedVariantsQuery {
  readonly brandId: string;
  readonly channel?: Channel | null;
  readonly locale?: string | null;
  readonly first: number;
  readonly after?: { readonly approvedAt: Date; readonly id: string };
  /** Only variants approved after this instant (incremental sync). */
  readonly updatedSince?: Date | null;
}

/**
 * Approved revisions with reports valid for their campaign's current master (recomputed, and stored, when
 * not). NOTE: each row carries its campaign's current version, so each campaign's master is read once.
 */
async function delivered(deps: Deps, brand: Brand, items: readonly ApprovedVariant[]): Promise<DeliveredVariant[]> {
  const masters = new Map<string, Promise<MasterMessage | undefined>>();
  const masterOf = (item: ApprovedVariant) => {
    let master = masters.get(item.variant.campaignId);
    if (!master) masters.set(item.variant.campaignId, (master = deps.store.campaigns.masterVersion(item.variant.campaignId, item.currentMasterVersion)));
    return master;
  };
  return Promise.all(
    items.map(async (item) => {
      const master = await masterOf(item);
      const variant = master ? await withFreshReport(deps, item.variant, master, brand) : item.variant;
      return { variant, stale: item.approved.masterVersion < item.currentMasterVersion, approvedAt: item.approvedAt };
    }),
  );
}

/**
 * `approvedVariants`: for CMS plugins, the latest approved revision of each of a brand's variants, newest approval
 * first. Published copy never vanishes: a newer draft or a master change leaves the approved revision in place
 * (then marked `stale`), until a newer revision is approved.
 */
export async function approvedVariants(deps: Deps, actor: Principal, query: ApprovedVariantsQuery): Promise<Page<DeliveredVariant>> {
  requireRole(actor, 'variant.readApproved');
  const brand = await visibleBrand(deps, actor, query.brandId);
  const locale = query.locale ? requireLocale(query.locale, 'locale') : undefined;
  const { first } = pageRequest(query.first);
  const q: DeliveryQuery = { brandId: brand.id, channel: query.channel ?? undefined, locale, first, after: query.after, updatedSince: query.updatedSince ?? undefined };
  const page = await deps.store.variants.approved(q);
  return { items: await delivered(deps, brand, page.items), hasNextPage: page.hasNextPage };
}

/** Most variants one campaign can have that a READER's `campaign.variants` lists. */
const CAMPAIGN_VARIANTS_MAX = 1000;

/** A campaign's approved variants (their approved revisions), oldest variant first: what a READER sees of it. */
export async function approvedOfCampaign(deps: Deps, brand: Brand, campaign: Campaign, channel?: Channel): Promise<Array<Omit<DeliveredVariant, 'approvedAt'>>> {
  const page = await deps.store.variants.approved({ brandId: brand.id, campaignId: campaign.id, channel, first: CAMPAIGN_VARIANTS_MAX });
  const views = await delivered(deps, brand, page.items);
  return views.sort((a, b) => (a.variant.id < b.variant.id ? -1 : 1)).map(({ variant, stale }) => ({ variant, stale }));
}
