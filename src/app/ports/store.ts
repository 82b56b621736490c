import type { ApiKey } from '../../domain/access/api-key';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import type { Brand } from '../../domain/brand/brand';
import type { ToneRules } from '../../domain/brand/tone-rules';
import type { Campaign } from '../../domain/campaign/campaign';
import type { MasterMessage } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import type { DriftReport } from '../../domain/drift/drift-report';
import type { Variant, VariantRevision, VariantStatus } from '../../domain/variant/variant';

import type { Page, PageRequest } from './page';
import type { OutboxRepository, WebhookRepository } from './webhook-store';

export type { Page, PageRequest } from './page';

/** Brands. Unknown or malformed ids answer undefined, never throw. */
export interface BrandRepository {
  insert(brand: Brand): Promise<void>;
  findById(id: string): Promise<Brand | undefined>;
  /** `onlyIds` non-empty: only those brands (a brand-scoped key). */
  list(page: PageRequest, onlyIds: readonly string[]): Promise<Page<Brand>>;
  /** The updated brand, or undefined when it is not at `expectedVersion` (or does not exist). */
  updateToneRules(id: string, expectedVersion: number, toneRules: ToneRules, at: Date): Promise<Brand | undefined>;
  /** Changes review settings, raising the version like a tone-rules change; undefined when not at `expectedVersion`. */
  updateSettings(id: string, expectedVersion: number, settings: BrandSettings, at: Date): Promise<Brand | undefined>;
}

/** A brand's review settings. */
export interface BrandSettings {
  readonly requireDistinctApprover: boolean;
}

/** Campaigns and their immutable master versions. */
export interface CampaignRepository {
  insert(campaign: Campaign, master: MasterMessage, createdBy: string): Promise<void>;
  findById(id: string): Promise<Campaign | undefined>;
  listByBrand(brandId: string, page: PageRequest): Promise<Page<Campaign>>;
  /**
   * Appends master version `expectedVersion + 1` if the campaign is still at `expectedVersion`;
   * answers the updated campaign, or undefined when another edit came first.
   */
  appendMaster(campaignId: string, expectedVersion: number, master: MasterMessage, createdBy: string): Promise<Campaign | undefined>;
  /** One master version (immutable, so readers may cache it for good). */
  masterVersion(campaignId: string, version: number): Promise<MasterMessage | undefined>;
  /** Master versions 1 … `upToVersion`, oldest first. */
  masterHistory(campaignId: string, upToVersion: number): Promise<MasterMessage[]>;
}

/** API keys, looked up by the hash of their secret. */
export interface ApiKeyRepository {
  insert(key: ApiKey, secretHash: string): Promise<void>;
  findBySecretHash(secretHash: string): Promise<ApiKey | undefined>;
  findById(id: string): Promise<ApiKey | undefined>;
  /** Creates or replaces the key with this id (used for HUB_ADMIN_KEY). */
  upsert(key: ApiKey, secretHash: string): Promise<void>;
  count(): Promise<number>;
  revoke(id: string, at: Date): Promise<ApiKey | undefined>;
  /** Keys in creation order; `withinBrands` non-empty: only keys limited to a subset of those brands. */
  list(page: PageRequest, withinBrands: readonly string[]): Promise<Page<ApiKey>>;
}

/** Which variants of a campaign to list. */
export interface VariantFilter {
  readonly channel?: Channel;
  readonly status?: VariantStatus;
}

/** A variant with the revision a CMS should publish (its latest approved one). */
export interface ApprovedVariant {
  /** The variant with its approved revision as `head` (not its newest revision). */
  readonly variant: Variant;
  readonly approved: VariantRevision;
  readonly approvedAt: Date;
  /** The campaign's current master version (the approved copy is stale when made from an older one). */
  readonly currentMasterVersion: number;
}

/** Which approved variants to deliver, newest approval first. */
export interface DeliveryQuery {
  readonly brandId: string;
  /** Only this campaign's. */
  readonly campaignId?: string;
  readonly channel?: Channel;
  readonly locale?: string;
  readonly updatedSince?: Date;
  readonly first: number;
  /** Continue after this (approvedAt, id). */
  readonly after?: { readonly approvedAt: Date; readonly id: string };
}

/** Variants (head rows) and their immutable revisions. */
export interface VariantRepository {
  /** Stores a new variant with its first revision. */
  insert(variant: Variant): Promise<void>;
  findById(id: string): Promise<Variant | undefined>;
  /** A campaign's variants, oldest first. */
  listByCampaign(campaignId: string, filter: VariantFilter): Promise<Variant[]>;
  /** Appends `revision` if the variant is still at `expectedRevision`; undefined when someone came first. */
  appendRevision(variantId: string, expectedRevision: number, revision: VariantRevision): Promise<Variant | undefined>;
  /** Replaces the cached drift report of a revision (reports are derived data, not history). */
  saveDrift(variantId: string, revision: number, drift: DriftReport, driftKey: string): Promise<void>;
  /** Latest approved revisions for CMS delivery, newest approval first. */
  approved(query: DeliveryQuery): Promise<Page<ApprovedVariant>>;
  /** Ids of a brand's campaigns that have variants made from an older master version. */
  campaignsWithStaleVariants(brandId: string): Promise<string[]>;
  /** A campaign's variants whose newest or approved revision was made from a master older than `version`. */
  madeFromOlderMaster(campaignId: string, version: number): Promise<StaleVariantRef[]>;
}

/** A variant that a master change left stale: what its newest and its approved revisions were made from. */
export interface StaleVariantRef {
  readonly variantId: string;
  readonly brandId: string;
  readonly channel: Channel;
  readonly locale: string;
  readonly revision: number;
  readonly masterVersion: number;
  readonly approvedRevision: number | null;
  readonly approvedMasterVersion: number | null;
}

/** One version of a brand's template override for a channel section in a locale. */
export interface TemplateOverride {
  readonly channel: Channel;
  readonly locale: string;
  readonly section: string;
  readonly version: number;
  /** Empty when the override was removed. */
  readonly source: string;
  readonly createdAt: Date;
}

/** Versioned per-brand template overrides. */
export interface TemplateRepository {
  /** The current override of every section of a channel in a locale (removed ones left out). */
  current(brandId: string, channel: Channel, locale: string): Promise<TemplateOverride[]>;
  /** The newest version of one section, including a removal. */
  latest(brandId: string, channel: Channel, locale: string, section: string): Promise<TemplateOverride | undefined>;
  /** Appends a version; false when `override.version` already exists (someone came first). */
  append(brandId: string, override: TemplateOverride, createdBy: string): Promise<boolean>;
}

/** Which audit entries: a brand's, a campaign's, or (neither) all; newest first. */
export interface AuditQuery {
  readonly brandId?: string;
  readonly campaignId?: string;
  readonly first: number;
  /** Continue after (older than) this entry. */
  readonly afterId?: string;
}

/** The append-only audit trail. Use cases append inside the transaction of the change they record. */
export interface AuditRepository {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(query: AuditQuery): Promise<Page<AuditEntry>>;
}

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  readonly brands: BrandRepository;
  readonly campaigns: CampaignRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly variants: VariantRepository;
  readonly templates: TemplateRepository;
  readonly audit: AuditRepository;
  readonly outbox: OutboxRepository;
  readonly webhooks: WebhookRepository;
}

/** The store: repositories, and transactions whose repositories commit or roll back together. */
export interface Store extends Repositories {
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}
