import type { ApiKey } from '../../domain/access/api-key';
import type { Brand } from '../../domain/brand/brand';
import type { ToneRules } from '../../domain/brand/tone-rules';
import type { Campaign } from '../../domain/campaign/campaign';
import type { MasterMessage } from '../../domain/campaign/master-message';

/** A slice of a list ordered by id (ids are time-ordered UUIDv7, so this is creation order). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
}

/** Which slice: up to `first` items after the item with id `afterId`. */
export interface PageRequest {
  readonly first: number;
  readonly afterId?: string;
}

/** Brands. Unknown or malformed ids answer undefined, never throw. */
export interface BrandRepository {
  insert(brand: Brand): Promise<void>;
  findById(id: string): Promise<Brand | undefined>;
  /** `onlyIds` non-empty: only those brands (a brand-scoped key). */
  list(page: PageRequest, onlyIds: readonly string[]): Promise<Page<Brand>>;
  /** The updated brand, or undefined when it is not at `expectedVersion` (or does not exist). */
  updateToneRules(id: string, expectedVersion: number, toneRules: ToneRules, at: Date): Promise<Brand | undefined>;
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
}

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  readonly brands: BrandRepository;
  readonly campaigns: CampaignRepository;
  readonly apiKeys: ApiKeyRepository;
}

/** The store: repositories, and transactions whose repositories commit or roll back together. */
export interface Store extends Repositories {
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}
