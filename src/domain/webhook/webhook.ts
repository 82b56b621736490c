/**
 * Webhooks: subscriptions of an http(s) URL to events, optionally of one brand, and the deliveries of events to
 * them. The signing secret is not part of these values: only the store and the sender ever hold it.
 */

/** The events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['VARIANT_APPROVED', 'VARIANT_STALE', 'MASTER_UPDATED'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A subscription. `brandId` null: events of every brand. */
export interface Webhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  readonly brandId: string | null;
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

/**
 * An event recorded in the transactional outbox, in the same transaction as the change it announces.
 * `id` is what receivers see as the event id (the same on every retry and for every webhook), so they can
 * drop repeats.
 */
export interface OutboxEvent {
  readonly id: string;
  readonly event: WebhookEvent;
  readonly brandId: string | null;
  readonly occurredAt: Date;
  readonly data: Readonly<Record<string, unknown>>;
}

/** True when the webhook wants this event: subscribed to it, for its brand (or every brand), and existing then. */
export function webhookWants(webhook: Webhook, event: OutboxEvent): boolean {
  if (webhook.disabledAt) return false;
  if (!webhook.events.includes(event.event)) return false;
  if (webhook.brandId !== null && webhook.brandId !== event.brandId) return false;
  return webhook.createdAt.getTime() <= event.occurredAt.getTime();
}

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
/** PENDING until a 2xx answer (SUCCEEDED) or until retries run out (FAILED). */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One try to deliver an event: the answer's status and a truncated excerpt, or the error. */
export interface WebhookAttempt {
  readonly attempt: number;
  readonly at: Date;
  readonly durationMs: number;
  readonly responseStatus: number | null;
  readonly responseExcerpt: string | null;
  readonly error: string | null;
}

/** One event on its way to one webhook. */
export interface WebhookDelivery {
  readonly id: string;
  readonly webhookId: string;
  readonly eventId: string;
  readonly event: WebhookEvent;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The JSON body every delivery POSTs (the contract's `{id, event, occurredAt, data}`), as text. */
export function deliveryBody(event: OutboxEvent): string {
  return JSON.stringify({ id: event.id, event: event.event, occurredAt: event.occurredAt.toISOString(), data: event.data });
}
