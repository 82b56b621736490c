import { sql } from 'drizzle-orm';
import type { Db } from '../database';
import type { EntityCache } from './entity-cache';

/** The PostgreSQL channel on which hubs sharing a server announce evictions. */
export const CACHE_CHANNEL = 'tonehub_cache';

/**
 * What a repository needs to cache reads and announce writes, bound to one connection or transaction.
 * NOTE: NOTIFY inside a transaction is delivered at commit, so other hubs evict exactly when the change
 * becomes visible; the local eviction happens at once and again after commit (`touched`).
 */
export class CacheScope {
  constructor(
    readonly cache: EntityCache,
    private readonly db: Db,
    private readonly notify: boolean,
    private readonly touched?: Set<string>,
  ) {}

  read<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    return this.touched ? load() : this.cache.read(key, load);
  }

  /** Records that the entity under `key` (or a `prefix*`) changed. */
  async changed(key: string): Promise<void> {
    this.cache.evict(key);
    this.touched?.add(key);
    if (this.notify) await this.db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${key})`);
  }
}
