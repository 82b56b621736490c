import { type Action, type Principal, requireBrand, requireRole } from '../../domain/access/principal';
import type { Brand } from '../../domain/brand/brand';
import type { Campaign } from '../../domain/campaign/campaign';
import type { MasterMessage } from '../../domain/campaign/master-message';
import { NotFoundError } from '../../domain/errors';
import type { Variant } from '../../domain/variant/variant';
import { currentMaster } from '../campaigns';
import type { Deps } from '../deps';

/** A variant with everything its checks need: its campaign, brand and the current master. */
export interface VariantScope {
  readonly variant: Variant;
  readonly campaign: Campaign;
  readonly brand: Brand;
  readonly master: MasterMessage;
}

/** Loads a variant the caller may act on (`action`), or NOT_FOUND (also for variants of brands it cannot see). */
export async function loadVariant(deps: Deps, actor: Principal, variantId: string, action: Action): Promise<VariantScope> {
  requireRole(actor, action);
  const variant = await deps.store.variants.findById(variantId);
  if (!variant) throw new NotFoundError('Variant', variantId);
  requireBrand(actor, variant.brandId, 'Variant', variantId);
  const campaign = await deps.store.campaigns.findById(variant.campaignId);
  const brand = await deps.store.brands.findById(variant.brandId);
  if (!campaign || !brand) throw new NotFoundError('Variant', variantId);
  return { variant, campaign, brand, master: await currentMaster(deps, campaign) };
}
