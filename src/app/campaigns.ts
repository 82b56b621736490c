import { type Principal, requireBrand, requireRole } from '../domain/access/principal';
import type { Campaign } from '../domain/campaign/campaign';
import type { MasterMessage, MasterMessageDraft } from '../domain/campaign/master-message';
import { validateMasterDraft } from '../domain/campaign/validate-master';
import { NotFoundError, VersionConflictError } from '../domain/errors';
import { LIMITS, requireText } from '../domain/input-rules';
import type { Brand } from '../domain/brand/brand';
import { auditEntry } from './audit-entry';
import { getBrand, visibleBrand } from './brands';
import type { Deps } from './deps';
import { outboxEvent } from './outbox';
import { pageRequest } from './paging';
import type { Page, Repositories } from './ports/store';

/** Input of createCampaign. */
export interface NewCampaign {
  readonly brandId: string;
  readonly name: string;
  readonly master: MasterMessageDraft;
}

/** Creates a campaign and its master version 1, audited. */
export async function createCampaign(deps: Deps, actor: Principal, input: NewCampaign): Promise<Campaign> {
  requireRole(actor, 'campaign.write');
  const brand = await getBrand(deps, actor, input.brandId);
  const name = requireText(input.name, 'name', LIMITS.name);
  const draft = validateMasterDraft(input.master);
  const now = deps.clock.now();
  const campaign: Campaign = { id: deps.ids.newId(), brandId: brand.id, name, currentVersion: 1, createdAt: now, updatedAt: now };
  const details = { name, masterVersion: 1, locale: draft.locale, headline: draft.headline };
  await deps.store.transaction(async (tx) => {
    await tx.campaigns.insert(campaign, { ...draft, version: 1, createdAt: now }, actor.keyId);
    await tx.audit.append(auditEntry(deps, actor, { action: 'CAMPAIGN_CREATED', entity: 'Campaign', entityId: campaign.id, brandId: brand.id, campaignId: campaign.id, details }, now));
  });
  return campaign;
}

/** The campaign, if the caller may see its brand. */
export async function getCampaign(deps: Deps, actor: Principal, id: string): Promise<Campaign> {
  requireRole(actor, 'campaign.read');
  const campaign = await deps.store.campaigns.findById(id);
  if (!campaign) throw new NotFoundError('Campaign', id);
  requireBrand(actor, campaign.brandId, 'Campaign', id);
  return campaign;
}

/**
 * The brand of a campaign the caller may read. NOTE: a READER reads campaigns (the contract) but not brands;
 * the campaign's own brand is part of reading the campaign (`Campaign.brand` is non-null).
 */
export async function campaignBrand(deps: Deps, actor: Principal, campaign: Campaign): Promise<Brand> {
  requireRole(actor, 'campaign.read');
  return visibleBrand(deps, actor, campaign.brandId);
}

/** A brand's campaigns, in creation order. */
export async function listCampaigns(deps: Deps, actor: Principal, brandId: string, first: number, afterId?: string): Promise<Page<Campaign>> {
  const brand = await getBrand(deps, actor, brandId);
  requireRole(actor, 'campaign.read');
  return deps.store.campaigns.listByBrand(brand.id, pageRequest(first, afterId));
}

/** The newest master version of a campaign the caller has already been allowed to see. */
export async function currentMaster(deps: Deps, campaign: Campaign): Promise<MasterMessage> {
  const master = await deps.store.campaigns.masterVersion(campaign.id, campaign.currentVersion);
  if (!master) throw new NotFoundError('MasterMessage', campaign.id);
  return master;
}

/** Every master version, oldest first. */
export function masterHistory(deps: Deps, campaign: Campaign): Promise<MasterMessage[]> {
  return deps.store.campaigns.masterHistory(campaign.id, campaign.currentVersion);
}

/** Input of updateMasterMessage: the whole new master, and the version the editor started from. */
export interface MasterUpdate {
  readonly campaignId: string;
  readonly expectedVersion: number;
  readonly master: MasterMessageDraft;
}

/**
 * Appends a new master version if nobody else did since `expectedVersion`, else VERSION_CONFLICT:
 * under racing editors exactly one wins and no edit is silently overwritten.
 */
export async function updateMasterMessage(deps: Deps, actor: Principal, input: MasterUpdate): Promise<Campaign> {
  requireRole(actor, 'campaign.write');
  const campaign = await getCampaign(deps, actor, input.campaignId);
  const draft = validateMasterDraft(input.master);
  if (campaign.currentVersion !== input.expectedVersion) {
    throw new VersionConflictError('Campaign', input.expectedVersion, campaign.currentVersion);
  }
  const master: MasterMessage = { ...draft, version: input.expectedVersion + 1, createdAt: deps.clock.now() };
  const updated = await deps.store.transaction(async (tx) => {
    const result = await tx.campaigns.appendMaster(campaign.id, input.expectedVersion, master, actor.keyId);
    if (result) await recordMasterChange(deps, actor, tx, result, master);
    return result;
  });
  if (updated) return updated;
  const current = await deps.store.campaigns.findById(campaign.id);
  throw new VersionConflictError('Campaign', input.expectedVersion, current?.currentVersion ?? campaign.currentVersion);
}

/**
 * Inside the master change's transaction: its audit entry, MASTER_UPDATED, and VARIANT_STALE for every variant
 * whose newest or approved (published) revision was made from an older master.
 */
async function recordMasterChange(deps: Deps, actor: Principal, tx: Repositories, campaign: Campaign, master: MasterMessage): Promise<void> {
  const at = master.createdAt;
  const base = { campaignId: campaign.id, brandId: campaign.brandId };
  const version = campaign.currentVersion;
  const details = { version, previousVersion: version - 1, locale: master.locale, headline: master.headline };
  await tx.audit.append(auditEntry(deps, actor, { action: 'MASTER_UPDATED', entity: 'Campaign', entityId: campaign.id, ...base, details }, at));
  await tx.outbox.add(outboxEvent(deps, 'MASTER_UPDATED', campaign.brandId, { ...base, ...details }, at));
  for (const stale of await tx.variants.madeFromOlderMaster(campaign.id, version)) {
    const { brandId: _b, ...facts } = stale;
    await tx.outbox.add(outboxEvent(deps, 'VARIANT_STALE', campaign.brandId, { ...base, ...facts, currentMasterVersion: version }, at));
  }
}
