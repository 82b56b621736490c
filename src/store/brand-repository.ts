import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { BrandRepository, BrandSettings, Page, PageRequest } from '../app/ports/store';
import type { Brand } from '../domain/brand/brand';
import type { ToneRules } from '../domain/brand/tone-rules';
import type { CacheScope } from './cache/cache-scope';
import type { Db } from './database';
import { isValidId } from './ids';
import { limitFor, toPage } from './paging';
import { brands } from './schema';

type Row = typeof brands.$inferSelect;

function toBrand(row: Row): Brand {
  return { ...row };
}

/** Brands in PostgreSQL; tone rules are one JSON document per brand. */
export class PgBrandRepository implements BrandRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: CacheScope,
  ) {}

  async insert(brand: Brand): Promise<void> {
    await this.db.insert(brands).values({ ...brand, toneRules: brand.toneRules as ToneRules });
  }

  async findById(id: string): Promise<Brand | undefined> {
    if (!isValidId(id)) return undefined;
    return this.cache.read(`brand:${id}`, async () => {
      const [row] = await this.db.select().from(brands).where(eq(brands.id, id));
      return row && toBrand(row);
    });
  }

  async list(page: PageRequest, onlyIds: readonly string[]): Promise<Page<Brand>> {
    const conditions = [
      page.afterId && isValidId(page.afterId) ? gt(brands.id, page.afterId) : undefined,
      onlyIds.length > 0 ? inArray(brands.id, [...onlyIds]) : undefined,
    ];
    const rows = await this.db
      .select()
      .from(brands)
      .where(and(...conditions))
      .orderBy(asc(brands.id))
      .limit(limitFor(page));
    return toPage(rows.map(toBrand), page);
  }

  async updateToneRules(id: string, expectedVersion: number, toneRules: ToneRules, at: Date): Promise<Brand | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.db
      .update(brands)
      .set({ toneRules, version: sql`${brands.version} + 1`, updatedAt: at })
      .where(and(eq(brands.id, id), eq(brands.version, expectedVersion)))
      .returning();
    if (row) await this.cache.changed(`brand:${id}`);
    return row && toBrand(row);
  }

  async updateSettings(id: string, expectedVersion: number, settings: BrandSettings, at: Date): Promise<Brand | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.db
      .update(brands)
      .set({ requireDistinctApprover: settings.requireDistinctApprover, version: sql`${brands.version} + 1`, updatedAt: at })
      .where(and(eq(brands.id, id), eq(brands.version, expectedVersion)))
      .returning();
    if (row) await this.cache.changed(`brand:${id}`);
    return row && toBrand(row);
  }
}
