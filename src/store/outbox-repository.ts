import { asc, inArray, isNull } from 'drizzle-orm';
import type { OutboxRepository } from '../app/ports/webhook-store';
import type { OutboxEvent, WebhookEvent } from '../domain/webhook/webhook';
import type { Db } from './database';
import { outboxEvents } from './schema';

type Row = typeof outboxEvents.$inferSelect;

/** An outbox row as an event. */
export function toOutboxEvent(row: Row): OutboxEvent {
  return { id: row.id, event: row.event as WebhookEvent, brandId: row.brandId, occurredAt: row.occurredAt, data: row.data };
}

/**
 * The transactional outbox. An event added inside a transaction that rolls back never existed, so it is never
 * delivered; one added in a committed transaction is fanned out by a worker (any hub's) later.
 */
export class PgOutboxRepository implements OutboxRepository {
  constructor(private readonly db: Db) {}

  async add(event: OutboxEvent): Promise<void> {
    await this.db.insert(outboxEvents).values({ ...event, data: { ...event.data }, dispatchedAt: null });
  }

  async claimUndispatched(limit: number): Promise<OutboxEvent[]> {
    const rows = await this.db
      .select()
      .from(outboxEvents)
      .where(isNull(outboxEvents.dispatchedAt))
      .orderBy(asc(outboxEvents.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    return rows.map(toOutboxEvent);
  }

  async markDispatched(ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.update(outboxEvents).set({ dispatchedAt: at }).where(inArray(outboxEvents.id, [...ids]));
  }
}
