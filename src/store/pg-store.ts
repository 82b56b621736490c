import type { Repositories, Store } from '../app/ports/store';
import { PgApiKeyRepository } from './api-key-repository';
import { PgBrandRepository } from './brand-repository';
import { PgCampaignRepository } from './campaign-repository';
import type { Db } from './database';

function repositories(db: Db): Repositories {
  return {
    brands: new PgBrandRepository(db),
    campaigns: new PgCampaignRepository(db),
    apiKeys: new PgApiKeyRepository(db),
  };
}

/** The store over one drizzle handle: the same code for PGlite and for a PostgreSQL server. */
export function createStore(db: Db): Store {
  return {
    ...repositories(db),
    transaction: (work) => db.transaction((tx) => work(repositories(tx as unknown as Db))),
  };
}
