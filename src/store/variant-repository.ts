import { and, asc, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ApprovedVariant, DeliveryQuery, Page, StaleVariantRef, VariantFilter, VariantRepository } from '../app/ports/store';
import type { Channel } from '../domain/channel/channel';
import type { DriftReport } from '../domain/drift/drift-report';
import type { Variant, VariantRevision, VariantSource, VariantStatus } from '../domain/variant/variant';
import type { Db } from './database';
import { isValidId } from './ids';
import { campaigns, variantRevisions, variants } from './schema';

type HeadRow = typeof variants.$inferSelect;
type RevisionRow = typeof variantRevisions.$inferSelect;

function toRevision(row: RevisionRow): VariantRevision {
  return {
    revision: row.revision,
    status: row.status as VariantStatus,
    source: row.source as VariantSource,
    masterVersion: row.masterVersion,
    content: row.content,
    templateKey: row.templateKey,
    drift: row.drift,
    driftKey: row.driftKey,
    createdBy: row.createdBy,
    editedBy: row.editedBy,
    createdAt: row.createdAt,
    comment: row.comment,
    overrideReason: row.overrideReason,
    ai: row.ai ?? null,
  };
}

function toVariant(head: HeadRow, revision: RevisionRow): Variant {
  return {
    id: head.id,
    campaignId: head.campaignId,
    brandId: head.brandId,
    channel: head.channel as Channel,
    locale: head.locale,
    createdAt: head.createdAt,
    head: toRevision(revision),
  };
}

function revisionRow(variantId: string, r: VariantRevision): typeof variantRevisions.$inferInsert {
  return { variantId, ...r, ai: r.ai ?? null };
}

/** Head fields that follow a new revision (status, and for approvals the delivery pointer). */
function headUpdate(r: VariantRevision) {
  const approval = r.status === 'APPROVED' ? { approvedRevision: r.revision, approvedAt: r.createdAt } : {};
  return { currentRevision: r.revision, status: r.status, updatedAt: r.createdAt, ...approval };
}

/**
 * Variants: a head row per variant (the optimistic lock and the delivery pointer) and immutable revisions.
 * NOTE: lists join each head with its current revision in one query.
 */
export class PgVariantRepository implements VariantRepository {
  constructor(private readonly db: Db) {}

  async insert(v: Variant): Promise<void> {
    const { head } = v;
    await this.db.insert(variants).values({
      id: v.id,
      campaignId: v.campaignId,
      brandId: v.brandId,
      channel: v.channel,
      locale: v.locale,
      createdAt: v.createdAt,
      ...headUpdate(head),
    });
    await this.db.insert(variantRevisions).values(revisionRow(v.id, head));
  }

  private joined() {
    return this.db
      .select({ head: variants, revision: variantRevisions })
      .from(variants)
      .innerJoin(variantRevisions, and(eq(variantRevisions.variantId, variants.id), eq(variantRevisions.revision, variants.currentRevision)));
  }

  async findById(id: string): Promise<Variant | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.joined().where(eq(variants.id, id));
    return row && toVariant(row.head, row.revision);
  }

  async listByCampaign(campaignId: string, filter: VariantFilter): Promise<Variant[]> {
    if (!isValidId(campaignId)) return [];
    const rows = await this.joined()
      .where(
        and(
          eq(variants.campaignId, campaignId),
          filter.channel ? eq(variants.channel, filter.channel) : undefined,
          filter.status ? eq(variants.status, filter.status) : undefined,
        ),
      )
      .orderBy(asc(variants.id));
    return rows.map((r) => toVariant(r.head, r.revision));
  }

  async appendRevision(variantId: string, expectedRevision: number, revision: VariantRevision): Promise<Variant | undefined> {
    if (!isValidId(variantId)) return undefined;
    const [head] = await this.db
      .update(variants)
      .set(headUpdate(revision))
      .where(and(eq(variants.id, variantId), eq(variants.currentRevision, expectedRevision)))
      .returning();
    if (!head) return undefined;
    const [row] = await this.db.insert(variantRevisions).values(revisionRow(variantId, revision)).returning();
    return row && toVariant(head, row);
  }

  async saveDrift(variantId: string, revision: number, drift: DriftReport, driftKey: string): Promise<void> {
    await this.db
      .update(variantRevisions)
      .set({ drift, driftKey })
      .where(and(eq(variantRevisions.variantId, variantId), eq(variantRevisions.revision, revision)));
  }

  async approved(q: DeliveryQuery): Promise<Page<ApprovedVariant>> {
    if (!isValidId(q.brandId) || (q.campaignId !== undefined && !isValidId(q.campaignId))) return { items: [], hasNextPage: false };
    const after = q.after && or(lt(variants.approvedAt, q.after.approvedAt), and(eq(variants.approvedAt, q.after.approvedAt), lt(variants.id, q.after.id)));
    const rows = await this.db
      .select({ head: variants, approved: variantRevisions, currentMasterVersion: campaigns.currentVersion })
      .from(variants)
      .innerJoin(variantRevisions, and(eq(variantRevisions.variantId, variants.id), eq(variantRevisions.revision, variants.approvedRevision)))
      .innerJoin(campaigns, eq(campaigns.id, variants.campaignId))
      .where(
        and(
          eq(variants.brandId, q.brandId),
          q.campaignId ? eq(variants.campaignId, q.campaignId) : undefined,
          q.channel ? eq(variants.channel, q.channel) : undefined,
          q.locale ? eq(variants.locale, q.locale) : undefined,
          q.updatedSince ? gt(variants.approvedAt, q.updatedSince) : undefined,
          after,
        ),
      )
      .orderBy(desc(variants.approvedAt), desc(variants.id))
      .limit(q.first + 1);
    const items = rows.slice(0, q.first).map((r) => ({
      variant: toVariant(r.head, r.approved),
      approved: toRevision(r.approved),
      approvedAt: r.head.approvedAt as Date,
      currentMasterVersion: r.currentMasterVersion,
    }));
    return { items, hasNextPage: rows.length > q.first };
  }

  async campaignsWithStaleVariants(brandId: string): Promise<string[]> {
    if (!isValidId(brandId)) return [];
    // NOTE: only the newest variant of each channel counts: an approved variant of an old master stays as
    // published copy while a newer draft replaces it, and must not keep its campaign "stale" forever.
    const result = await this.db.execute(sql`
      select distinct newest.campaign_id from (
        select distinct on (v.campaign_id, v.channel, v.locale) v.campaign_id, r.master_version, c.current_version
        from ${variants} v
        join ${variantRevisions} r on r.variant_id = v.id and r.revision = v.current_revision
        join ${campaigns} c on c.id = v.campaign_id
        where v.brand_id = ${brandId}
        order by v.campaign_id, v.channel, v.locale, v.id desc
      ) newest
      where newest.master_version < newest.current_version
      order by newest.campaign_id`);
    // NOTE: both drivers answer raw queries with `rows`.
    return (result as unknown as { rows: Array<{ campaign_id: string }> }).rows.map((r) => r.campaign_id);
  }

  async madeFromOlderMaster(campaignId: string, version: number): Promise<StaleVariantRef[]> {
    if (!isValidId(campaignId)) return [];
    const approved = alias(variantRevisions, 'approved');
    const rows = await this.db
      .select({ head: variants, masterVersion: variantRevisions.masterVersion, approvedMasterVersion: approved.masterVersion })
      .from(variants)
      .innerJoin(variantRevisions, and(eq(variantRevisions.variantId, variants.id), eq(variantRevisions.revision, variants.currentRevision)))
      .leftJoin(approved, and(eq(approved.variantId, variants.id), eq(approved.revision, variants.approvedRevision)))
      .where(and(eq(variants.campaignId, campaignId), or(lt(variantRevisions.masterVersion, version), lt(approved.masterVersion, version))))
      .orderBy(asc(variants.id));
    return rows.map((r) => ({
      variantId: r.head.id,
      brandId: r.head.brandId,
      channel: r.head.channel as Channel,
      locale: r.head.locale,
      revision: r.head.currentRevision,
      masterVersion: r.masterVersion,
      approvedRevision: r.head.approvedRevision,
      approvedMasterVersion: r.approvedMasterVersion,
    }));
  }
}
