import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { CampaignRepository, Page, PageRequest } from '../app/ports/store';
import type { Campaign } from '../domain/campaign/campaign';
import type { MasterMessage } from '../domain/campaign/master-message';
import type { CacheScope } from './cache/cache-scope';
import type { Db } from './database';
import { isValidId } from './ids';
import { limitFor, toPage } from './paging';
import { campaigns, masterVersions } from './schema';

type MasterRow = typeof masterVersions.$inferSelect;

function toMaster(row: MasterRow): MasterMessage {
  return {
    version: row.version,
    locale: row.locale,
    headline: row.headline,
    body: row.body,
    callToAction: { text: row.ctaText, url: row.ctaUrl },
    keyFacts: row.keyFacts,
    createdAt: row.createdAt,
  };
}

function masterRow(campaignId: string, m: MasterMessage, createdBy: string): typeof masterVersions.$inferInsert {
  return {
    campaignId,
    version: m.version,
    locale: m.locale,
    headline: m.headline,
    body: m.body,
    ctaText: m.callToAction.text,
    ctaUrl: m.callToAction.url,
    keyFacts: [...m.keyFacts],
    createdBy,
    createdAt: m.createdAt,
  };
}

/**
 * Campaigns and master versions. NOTE: `appendMaster` moves `current_version` with a conditional UPDATE
 * (`… WHERE current_version = expected`), so of racing editors exactly one matches; the (campaign, version)
 * primary key of master_versions backs that up. Master versions never change, so they are cached for good.
 */
export class PgCampaignRepository implements CampaignRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: CacheScope,
  ) {}

  async insert(campaign: Campaign, master: MasterMessage, createdBy: string): Promise<void> {
    await this.db.insert(campaigns).values(campaign);
    await this.db.insert(masterVersions).values(masterRow(campaign.id, master, createdBy));
  }

  async findById(id: string): Promise<Campaign | undefined> {
    if (!isValidId(id)) return undefined;
    return this.cache.read(`campaign:${id}`, async () => (await this.db.select().from(campaigns).where(eq(campaigns.id, id)))[0]);
  }

  async listByBrand(brandId: string, page: PageRequest): Promise<Page<Campaign>> {
    if (!isValidId(brandId)) return { items: [], hasNextPage: false };
    const after = page.afterId && isValidId(page.afterId) ? gt(campaigns.id, page.afterId) : undefined;
    const rows = await this.db
      .select()
      .from(campaigns)
      .where(and(eq(campaigns.brandId, brandId), after))
      .orderBy(asc(campaigns.id))
      .limit(limitFor(page));
    return toPage(rows, page);
  }

  async appendMaster(campaignId: string, expectedVersion: number, master: MasterMessage, createdBy: string): Promise<Campaign | undefined> {
    if (!isValidId(campaignId)) return undefined;
    const [row] = await this.db
      .update(campaigns)
      .set({ currentVersion: sql`${campaigns.currentVersion} + 1`, updatedAt: master.createdAt })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.currentVersion, expectedVersion)))
      .returning();
    if (!row) return undefined;
    await this.db.insert(masterVersions).values(masterRow(campaignId, { ...master, version: row.currentVersion }, createdBy));
    await this.cache.changed(`campaign:${campaignId}`);
    return row;
  }

  async masterVersion(campaignId: string, version: number): Promise<MasterMessage | undefined> {
    if (!isValidId(campaignId)) return undefined;
    return this.cache.read(`master:${campaignId}:${version}`, async () => {
      const [row] = await this.db
        .select()
        .from(masterVersions)
        .where(and(eq(masterVersions.campaignId, campaignId), eq(masterVersions.version, version)));
      return row && toMaster(row);
    });
  }

  async masterHistory(campaignId: string, upToVersion: number): Promise<MasterMessage[]> {
    if (!isValidId(campaignId)) return [];
    const history = await this.cache.read(`history:${campaignId}:${upToVersion}`, async () => {
      const rows = await this.db
        .select()
        .from(masterVersions)
        .where(and(eq(masterVersions.campaignId, campaignId), lte(masterVersions.version, upToVersion)))
        .orderBy(asc(masterVersions.version));
      return rows.length === upToVersion ? rows.map(toMaster) : undefined;
    });
    return history ?? [];
  }
}
