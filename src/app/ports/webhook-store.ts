import type { OutboxEvent, Webhook, WebhookAttempt, WebhookDelivery } from '../../domain/webhook/webhook';
import type { Page, PageRequest } from './page';

/** The transactional outbox: events are added inside the transaction of the change they announce. */
export interface OutboxRepository {
  add(event: OutboxEvent): Promise<void>;
  /**
   * Up to `limit` events not yet fanned out to webhooks, oldest first, locked for this transaction
   * (`FOR UPDATE SKIP LOCKED`: hubs sharing a server take different events).
   */
  claimUndispatched(limit: number): Promise<OutboxEvent[]>;
  markDispatched(ids: readonly string[], at: Date): Promise<void>;
}

/** A delivery of a webhook, with its attempts (oldest first). */
export interface DeliveryRecord {
  readonly delivery: WebhookDelivery;
  readonly attempts: readonly WebhookAttempt[];
}

/** A due delivery claimed by one worker until `lockedUntil`, with what sending it needs. */
export interface ClaimedDelivery {
  readonly delivery: WebhookDelivery;
  readonly lockedUntil: Date;
  readonly webhook: Webhook;
  /** The signing secret (never logged, never returned by the API after creation). */
  readonly secret: string;
  readonly event: OutboxEvent;
}

/** The outcome of an attempt: the new status and, while PENDING, when to try again. */
export interface AttemptOutcome {
  readonly status: WebhookDelivery['status'];
  readonly nextAttemptAt: Date | null;
}

/** Webhook subscriptions and the queue of their deliveries. */
export interface WebhookRepository {
  insert(webhook: Webhook, secret: string, createdBy: string): Promise<void>;
  findById(id: string): Promise<Webhook | undefined>;
  /** In creation order; `onlyBrands` non-empty: only webhooks of those brands. */
  list(page: PageRequest, onlyBrands: readonly string[]): Promise<Page<Webhook>>;
  /** Webhooks not disabled (the fan-out matches events against them). */
  active(): Promise<Webhook[]>;
  /** Queues deliveries (PENDING, due `dueAt`); a repeated (webhook, event) pair is ignored. */
  enqueue(deliveries: ReadonlyArray<{ id: string; webhookId: string; eventId: string }>, dueAt: Date): Promise<void>;
  /**
   * Claims up to `limit` due PENDING deliveries whose lease expired, leasing them until `lockedUntil`
   * (`FOR UPDATE SKIP LOCKED`, so two hubs never claim the same delivery).
   */
  claimDue(now: Date, lockedUntil: Date, limit: number): Promise<ClaimedDelivery[]>;
  /**
   * Records an attempt and its outcome and releases the lease; false (nothing written) when the claim no longer
   * holds (the lease expired and another worker took the delivery over).
   */
  recordAttempt(claim: ClaimedDelivery, attempt: WebhookAttempt, outcome: AttemptOutcome): Promise<boolean>;
  /** A webhook's deliveries, newest first, with their attempts. */
  deliveries(webhookId: string, page: PageRequest): Promise<Page<DeliveryRecord>>;
}
