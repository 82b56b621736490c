import { and, arrayContained, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { ApiKeyRepository, Page, PageRequest } from '../app/ports/store';
import type { ApiKey } from '../domain/access/api-key';
import type { Role } from '../domain/access/principal';
import type { CacheScope } from './cache/cache-scope';
import type { Db } from './database';
import { isValidId } from './ids';
import { limitFor, toPage } from './paging';
import { apiKeys } from './schema';

type Row = typeof apiKeys.$inferSelect;

function toApiKey({ secretHash: _hash, ...row }: Row): ApiKey {
  return { ...row, role: row.role as Role };
}

/** API keys; the secret itself is never stored, only its hash. */
export class PgApiKeyRepository implements ApiKeyRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: CacheScope,
  ) {}

  async insert(key: ApiKey, secretHash: string): Promise<void> {
    await this.db.insert(apiKeys).values({ ...key, brandIds: [...key.brandIds], secretHash });
  }

  async upsert(key: ApiKey, secretHash: string): Promise<void> {
    const values = { ...key, brandIds: [...key.brandIds], secretHash };
    await this.db.insert(apiKeys).values(values).onConflictDoUpdate({ target: apiKeys.id, set: { ...values, id: undefined } });
    await this.cache.changed('apikey:*');
  }

  async findBySecretHash(secretHash: string): Promise<ApiKey | undefined> {
    return this.cache.read(`apikey:${secretHash}`, async () => {
      const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.secretHash, secretHash));
      return row && toApiKey(row);
    });
  }

  async findById(id: string): Promise<ApiKey | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    return row && toApiKey(row);
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(apiKeys);
    return row?.n ?? 0;
  }

  async revoke(id: string, at: Date): Promise<ApiKey | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning();
    if (row) await this.cache.changed('apikey:*');
    return row && toApiKey(row);
  }

  async list(page: PageRequest, withinBrands: readonly string[]): Promise<Page<ApiKey>> {
    // NOTE: a brand-limited caller sees only keys limited to a subset of its brands (`<@`: array containment).
    const within = withinBrands.length > 0 ? and(sql`cardinality(${apiKeys.brandIds}) > 0`, arrayContained(apiKeys.brandIds, [...withinBrands])) : undefined;
    const rows = await this.db
      .select()
      .from(apiKeys)
      .where(and(page.afterId && isValidId(page.afterId) ? gt(apiKeys.id, page.afterId) : undefined, within))
      .orderBy(asc(apiKeys.id))
      .limit(limitFor(page));
    return toPage(rows.map(toApiKey), page);
  }
}
