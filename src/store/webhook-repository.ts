import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Page, PageRequest } from '../app/ports/store';
import type { AttemptOutcome, ClaimedDelivery, DeliveryRecord, WebhookRepository } from '../app/ports/webhook-store';
import type { DeliveryStatus, Webhook, WebhookAttempt, WebhookDelivery, WebhookEvent } from '../domain/webhook/webhook';
import type { Db } from './database';
import { isValidId } from './ids';
import { toOutboxEvent } from './outbox-repository';
import { limitFor, toPage } from './paging';
import { outboxEvents, webhookAttempts, webhookDeliveries, webhooks } from './schema';

type HookRow = typeof webhooks.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

function toWebhook({ secret: _secret, createdBy: _by, ...row }: HookRow): Webhook {
  return { ...row, events: row.events as WebhookEvent[] };
}

function toDelivery(row: DeliveryRow, event: string): WebhookDelivery {
  const { lockedUntil: _lease, status, ...rest } = row;
  return { ...rest, status: status as DeliveryStatus, event: event as WebhookEvent };
}

function toAttempt(row: typeof webhookAttempts.$inferSelect): WebhookAttempt {
  const { deliveryId: _id, ...rest } = row;
  return rest;
}

/**
 * Webhooks and their delivery queue. NOTE: a delivery is claimed by setting a lease (`locked_until`) in one
 * UPDATE over a `FOR UPDATE SKIP LOCKED` sub-select: of hubs sharing a server each claims different rows, and a
 * crashed hub's claims become due again when the lease runs out. Recording an attempt checks the lease is still
 * the one claimed, so an attempt is never recorded twice.
 */
export class PgWebhookRepository implements WebhookRepository {
  constructor(private readonly db: Db) {}

  async insert(webhook: Webhook, secret: string, createdBy: string): Promise<void> {
    await this.db.insert(webhooks).values({ ...webhook, events: [...webhook.events], secret, createdBy });
  }

  async findById(id: string): Promise<Webhook | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.db.select().from(webhooks).where(eq(webhooks.id, id));
    return row && toWebhook(row);
  }

  async list(page: PageRequest, onlyBrands: readonly string[]): Promise<Page<Webhook>> {
    const rows = await this.db
      .select()
      .from(webhooks)
      .where(
        and(
          page.afterId && isValidId(page.afterId) ? gt(webhooks.id, page.afterId) : undefined,
          onlyBrands.length > 0 ? inArray(webhooks.brandId, [...onlyBrands]) : undefined,
        ),
      )
      .orderBy(asc(webhooks.id))
      .limit(limitFor(page));
    return toPage(rows.map(toWebhook), page);
  }

  async active(): Promise<Webhook[]> {
    return (await this.db.select().from(webhooks).where(isNull(webhooks.disabledAt))).map(toWebhook);
  }

  async enqueue(deliveries: ReadonlyArray<{ id: string; webhookId: string; eventId: string }>, dueAt: Date): Promise<void> {
    if (deliveries.length === 0) return;
    const rows = deliveries.map((d) => ({ ...d, status: 'PENDING', attempts: 0, nextAttemptAt: dueAt, createdAt: dueAt, updatedAt: dueAt }));
    await this.db.insert(webhookDeliveries).values(rows).onConflictDoNothing();
  }

  async claimDue(now: Date, lockedUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const d = webhookDeliveries;
    const due = this.db
      .select({ id: d.id })
      .from(d)
      .where(and(eq(d.status, 'PENDING'), lte(d.nextAttemptAt, now), or(isNull(d.lockedUntil), lte(d.lockedUntil, now))))
      .orderBy(asc(d.nextAttemptAt), asc(d.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed = await this.db.update(d).set({ lockedUntil }).where(inArray(d.id, due)).returning();
    if (claimed.length === 0) return [];
    const [hooks, events] = await Promise.all([
      this.db.select().from(webhooks).where(inArray(webhooks.id, [...new Set(claimed.map((c) => c.webhookId))])),
      this.db.select().from(outboxEvents).where(inArray(outboxEvents.id, [...new Set(claimed.map((c) => c.eventId))])),
    ]);
    return claimed.flatMap((row) => {
      const hook = hooks.find((h) => h.id === row.webhookId);
      const event = events.find((e) => e.id === row.eventId);
      if (!hook || !event) return [];
      return [{ delivery: toDelivery(row, event.event), lockedUntil, webhook: toWebhook(hook), secret: hook.secret, event: toOutboxEvent(event) }];
    });
  }

  async recordAttempt(claim: ClaimedDelivery, attempt: WebhookAttempt, outcome: AttemptOutcome): Promise<boolean> {
    const d = webhookDeliveries;
    const [updated] = await this.db
      .update(d)
      .set({ status: outcome.status, attempts: attempt.attempt, nextAttemptAt: outcome.nextAttemptAt, lockedUntil: null, updatedAt: attempt.at })
      .where(and(eq(d.id, claim.delivery.id), eq(d.attempts, claim.delivery.attempts), eq(d.lockedUntil, claim.lockedUntil)))
      .returning({ id: d.id });
    if (!updated) return false;
    await this.db.insert(webhookAttempts).values({ deliveryId: claim.delivery.id, ...attempt });
    return true;
  }

  async deliveries(webhookId: string, page: PageRequest): Promise<Page<DeliveryRecord>> {
    if (!isValidId(webhookId)) return { items: [], hasNextPage: false };
    const d = webhookDeliveries;
    const rows = await this.db
      .select({ delivery: d, event: outboxEvents.event })
      .from(d)
      .innerJoin(outboxEvents, eq(outboxEvents.id, d.eventId))
      .where(and(eq(d.webhookId, webhookId), page.afterId && isValidId(page.afterId) ? lt(d.id, page.afterId) : undefined))
      .orderBy(desc(d.id))
      .limit(limitFor(page));
    const ids = rows.map((r) => r.delivery.id);
    const attempts = ids.length
      ? await this.db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)).orderBy(asc(webhookAttempts.attempt))
      : [];
    const records = rows.map((r) => ({
      delivery: toDelivery(r.delivery, r.event),
      attempts: attempts.filter((a) => a.deliveryId === r.delivery.id).map(toAttempt),
    }));
    return toPage(records, page);
  }
}
