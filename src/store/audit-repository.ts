import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditQuery, AuditRepository, Page } from '../app/ports/store';
import type { AuditAction, AuditEntity, AuditEntry } from '../domain/audit/audit-entry';
import type { Db } from './database';
import { isValidId } from './ids';
import { auditLog } from './schema';

type Row = typeof auditLog.$inferSelect;

function toEntry(row: Row): AuditEntry {
  return { ...row, action: row.action as AuditAction, entity: row.entity as AuditEntity };
}

/**
 * The audit trail. NOTE: append-only by construction: this adapter has no update or delete. Ids are UUIDv7, so
 * ordering by id is ordering by time (and a stable cursor).
 */
export class PgAuditRepository implements AuditRepository {
  constructor(private readonly db: Db) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db.insert(auditLog).values({ ...entry, details: { ...entry.details } });
  }

  async list(q: AuditQuery): Promise<Page<AuditEntry>> {
    if ((q.brandId && !isValidId(q.brandId)) || (q.campaignId && !isValidId(q.campaignId))) return { items: [], hasNextPage: false };
    const rows = await this.db
      .select()
      .from(auditLog)
      .where(
        and(
          q.brandId ? eq(auditLog.brandId, q.brandId) : undefined,
          q.campaignId ? eq(auditLog.campaignId, q.campaignId) : undefined,
          q.afterId && isValidId(q.afterId) ? lt(auditLog.id, q.afterId) : undefined,
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(q.first + 1);
    return { items: rows.slice(0, q.first).map(toEntry), hasNextPage: rows.length > q.first };
  }
}
