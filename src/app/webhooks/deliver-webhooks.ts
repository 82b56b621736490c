import { nextAttemptAt, type RetryPolicy } from '../../domain/webhook/retry-policy';
import { deliveryBody, type DeliveryStatus, type WebhookAttempt, webhookWants } from '../../domain/webhook/webhook';
import { hostAllowed } from '../../domain/webhook/webhook-url';
import type { Deps } from '../deps';
import type { ClaimedDelivery } from '../ports/webhook-store';
import type { WebhookResponse, WebhookSender } from '../ports/webhook-sender';

/** How deliveries are made and retried (from Config: tests shorten the delays). */
export interface DeliveryPolicy {
  /** Per request: no 2xx within it is a failed attempt (the contract says 10 s). */
  readonly timeoutMs: number;
  /** How long a claimed delivery stays locked to one worker; longer than `timeoutMs`. */
  readonly leaseMs: number;
  /** Deliveries claimed (and sent concurrently) per round. */
  readonly batchSize: number;
  readonly retry: RetryPolicy;
}

/** What one attempt came to, for the worker's log (no URL, no secret). */
export interface AttemptReport {
  readonly deliveryId: string;
  readonly webhookId: string;
  readonly event: string;
  readonly attempt: number;
  readonly status: DeliveryStatus;
  readonly responseStatus: number | null;
  readonly error: string | null;
  /** False when the lease had run out and another worker owns the delivery (nothing was recorded). */
  readonly recorded: boolean;
}

/**
 * Fans committed outbox events out to the webhooks that want them (one PENDING delivery per pair) and marks the
 * events dispatched, in one transaction; answers how many events it took.
 */
export async function dispatchOutbox(deps: Deps, limit: number): Promise<number> {
  return deps.store.transaction(async (tx) => {
    const events = await tx.outbox.claimUndispatched(limit);
    if (events.length === 0) return 0;
    const hooks = await tx.webhooks.active();
    const now = deps.clock.now();
    const rows = events.flatMap((e) => hooks.filter((h) => webhookWants(h, e)).map((h) => ({ id: deps.ids.newId(), webhookId: h.id, eventId: e.id })));
    await tx.webhooks.enqueue(rows, now);
    await tx.outbox.markDispatched(
      events.map((e) => e.id),
      now,
    );
    return events.length;
  });
}

const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

/** Sends one claimed delivery, unless its host is no longer allowed; never throws. */
async function send(deps: Deps, sender: WebhookSender, policy: DeliveryPolicy, claim: ClaimedDelivery): Promise<WebhookResponse> {
  const { webhook, event, delivery } = claim;
  if (!hostAllowed(new URL(webhook.url).hostname, deps.webhookAllowedHosts)) {
    return { status: null, excerpt: null, error: 'host not allowed by HUB_WEBHOOK_ALLOWED_HOSTS', durationMs: 0 };
  }
  try {
    const headers = { 'Tonehub-Event': event.event, 'Tonehub-Delivery': delivery.id };
    return await sender.send({ url: webhook.url, secret: claim.secret, body: deliveryBody(event), timeoutMs: policy.timeoutMs, headers });
  } catch (error) {
    return { status: null, excerpt: null, error: `send failed: ${(error as Error)?.message ?? 'unknown error'}`, durationMs: 0 };
  }
}

/**
 * Claims up to `limit` due deliveries for this worker, leased until now + `leaseMs` (so no other hub sends them
 * meanwhile; a crashed hub's claims fall due again when the lease runs out).
 */
export async function claimDeliveries(deps: Deps, policy: DeliveryPolicy, limit: number): Promise<ClaimedDelivery[]> {
  if (limit <= 0) return [];
  const now = deps.clock.now();
  return deps.store.webhooks.claimDue(now, new Date(now.getTime() + policy.leaseMs), limit);
}

/**
 * Makes one attempt of a claimed delivery and records it with its outcome: SUCCEEDED on a 2xx answer, else PENDING
 * with a later time (growing delays), or FAILED once the retry window has passed. Never throws for the
 * receiver's failures.
 */
export async function attemptDelivery(deps: Deps, sender: WebhookSender, policy: DeliveryPolicy, claim: ClaimedDelivery, random: () => number = Math.random): Promise<AttemptReport> {
  const at = deps.clock.now();
  const response = await send(deps, sender, policy, claim);
  const number = claim.delivery.attempts + 1;
  const record: WebhookAttempt = { attempt: number, at, durationMs: response.durationMs, responseStatus: response.status, responseExcerpt: response.excerpt, error: response.error };
  const next = isSuccess(response.status) ? null : nextAttemptAt(claim.delivery.createdAt, deps.clock.now(), number, policy.retry, random());
  const status: DeliveryStatus = isSuccess(response.status) ? 'SUCCEEDED' : next ? 'PENDING' : 'FAILED';
  const recorded = await deps.store.transaction((tx) => tx.webhooks.recordAttempt(claim, record, { status, nextAttemptAt: next }));
  const { delivery, webhook } = claim;
  return { deliveryId: delivery.id, webhookId: webhook.id, event: delivery.event, attempt: number, status, responseStatus: response.status, error: response.error, recorded };
}
