import type { OutboxEvent, WebhookEvent } from '../domain/webhook/webhook';
import type { Deps } from './deps';

/**
 * An event for the transactional outbox, for `tx.outbox.add(...)` inside the transaction of the change it
 * announces: if that transaction rolls back, the event never existed and is never delivered.
 */
export function outboxEvent(deps: Pick<Deps, 'ids' | 'clock'>, event: WebhookEvent, brandId: string | null, data: Record<string, unknown>, at = deps.clock.now()): OutboxEvent {
  return { id: deps.ids.newId(), event, brandId, occurredAt: at, data };
}
