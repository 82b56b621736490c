import type { Repositories, Store } from '../app/ports/store';
import { PgApiKeyRepository } from './api-key-repository';
import { PgAuditRepository } from './audit-repository';
import { PgBrandRepository } from './brand-repository';
import { CacheScope } from './cache/cache-scope';
import { EntityCache } from './cache/entity-cache';
import { PgCampaignRepository } from './campaign-repository';
import type { Db } from './database';
import { PgOutboxRepository } from './outbox-repository';
import { PgTemplateRepository } from './template-repository';
import { PgVariantRepository } from './variant-repository';
import { PgWebhookRepository } from './webhook-repository';

function repositories(db: Db, cache: CacheScope): Repositories {
  return {
    brands: new PgBrandRepository(db, cache),
    campaigns: new PgCampaignRepository(db, cache),
    apiKeys: new PgApiKeyRepository(db, cache),
    variants: new PgVariantRepository(db),
    templates: new PgTemplateRepository(db, cache),
    audit: new PgAuditRepository(db),
    outbox: new PgOutboxRepository(db),
    webhooks: new PgWebhookRepository(db),
  };
}

/** How the store caches reads. */
export interface StoreOptions {
  /** The cache to use (a hub passes one it also hands to the eviction listener). */
  readonly cache?: EntityCache;
  /** Announce evictions to other hubs with NOTIFY (PostgreSQL server: several hubs may share it). */
  readonly notify?: boolean;
}

/**
 * The store over one drizzle handle: the same code for PGlite and for a PostgreSQL server. Reads inside a
 * transaction bypass the cache; keys a transaction changed are evicted again once it commits.
 */
export function createStore(db: Db, options: StoreOptions = {}): Store {
  const cache = options.cache ?? new EntityCache();
  const notify = options.notify ?? false;
  return {
    ...repositories(db, new CacheScope(cache, db, notify)),
    transaction: async (work) => {
      const touched = new Set<string>();
      try {
        return await db.transaction((tx) => work(repositories(tx as unknown as Db, new CacheScope(cache, tx as unknown as Db, notify, touched))));
      } finally {
        for (const key of touched) cache.evict(key);
      }
    },
  };
}
