import { and, desc, eq } from 'drizzle-orm';
import type { TemplateOverride, TemplateRepository } from '../app/ports/store';
import type { Channel } from '../domain/channel/channel';
import type { CacheScope } from './cache/cache-scope';
import type { Db } from './database';
import { isValidId } from './ids';
import { channelTemplates } from './schema';

type Row = typeof channelTemplates.$inferSelect;

function toOverride(row: Row): TemplateOverride {
  return { channel: row.channel as Channel, locale: row.locale, section: row.section, version: row.version, source: row.source, createdAt: row.createdAt };
}

/** Template overrides: every version is kept; the newest per section applies (an empty one removes it); cached per channel. */
export class PgTemplateRepository implements TemplateRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: CacheScope,
  ) {}

  async current(brandId: string, channel: Channel, locale: string): Promise<TemplateOverride[]> {
    if (!isValidId(brandId)) return [];
    const overrides = await this.cache.read(`templates:${brandId}:${channel}:${locale}`, () => this.load(brandId, channel, locale));
    return overrides ?? [];
  }

  private async load(brandId: string, channel: Channel, locale: string): Promise<TemplateOverride[]> {
    const rows = await this.db
      .selectDistinctOn([channelTemplates.section])
      .from(channelTemplates)
      .where(and(eq(channelTemplates.brandId, brandId), eq(channelTemplates.channel, channel), eq(channelTemplates.locale, locale)))
      .orderBy(channelTemplates.section, desc(channelTemplates.version));
    return rows.map(toOverride).filter((o) => o.source !== '');
  }

  async latest(brandId: string, channel: Channel, locale: string, section: string): Promise<TemplateOverride | undefined> {
    if (!isValidId(brandId)) return undefined;
    const [row] = await this.db
      .select()
      .from(channelTemplates)
      .where(
        and(
          eq(channelTemplates.brandId, brandId),
          eq(channelTemplates.channel, channel),
          eq(channelTemplates.locale, locale),
          eq(channelTemplates.section, section),
        ),
      )
      .orderBy(desc(channelTemplates.version))
      .limit(1);
    return row && toOverride(row);
  }

  async append(brandId: string, o: TemplateOverride, createdBy: string): Promise<boolean> {
    const inserted = await this.db
      .insert(channelTemplates)
      .values({ brandId, channel: o.channel, locale: o.locale, section: o.section, version: o.version, source: o.source, createdBy, createdAt: o.createdAt })
      .onConflictDoNothing()
      .returning({ version: channelTemplates.version });
    if (inserted.length > 0) await this.cache.changed(`templates:${brandId}:${o.channel}:${o.locale}`);
    return inserted.length > 0;
  }
}
