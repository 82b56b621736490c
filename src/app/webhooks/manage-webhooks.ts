import { isScoped, type Principal, requireBrand, requireRole } from '../../domain/access/principal';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { type Webhook, WEBHOOK_EVENTS, type WebhookEvent } from '../../domain/webhook/webhook';
import { requireWebhookUrl, safeUrl } from '../../domain/webhook/webhook-url';
import { auditEntry } from '../audit-entry';
import { visibleBrand } from '../brands';
import type { Deps } from '../deps';
import { pageRequest } from '../paging';
import type { Page } from '../ports/store';
import type { DeliveryRecord } from '../ports/webhook-store';

/** Prefix of webhook signing secrets, so a leaked one is recognisable. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** Input of createWebhook. */
export interface NewWebhook {
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  /** Absent: every brand (a key for every brand only). */
  readonly brandId?: string | null;
}

/** A new webhook and its signing secret: shown once, here. */
export interface CreatedWebhook {
  readonly secret: string;
  readonly webhook: Webhook;
}

/**
 * Creates a webhook (ADMIN). The URL must be http(s) and, when HUB_WEBHOOK_ALLOWED_HOSTS is set, name an allowed
 * host; the secret is returned once (it is kept, because signing needs it, but never shown again). Audited
 * with the URL's host and path only (a query string may hold the receiver's token).
 */
export async function createWebhook(deps: Deps, actor: Principal, input: NewWebhook): Promise<CreatedWebhook> {
  requireRole(actor, 'webhook.manage');
  const url = requireWebhookUrl(input.url, deps.webhookAllowedHosts);
  const events = [...new Set(input.events)];
  if (events.length === 0 || events.some((e) => !WEBHOOK_EVENTS.includes(e))) {
    throw new ValidationError(`events must name at least one of ${WEBHOOK_EVENTS.join(', ')}`, 'events');
  }
  if (!input.brandId && isScoped(actor)) {
    throw new ForbiddenError('webhook.manage', actor.role, 'A key limited to brands can only create webhooks of its brands: name brandId');
  }
  const brand = input.brandId ? await visibleBrand(deps, actor, input.brandId) : undefined;
  const webhook: Webhook = { id: deps.ids.newId(), url, events, brandId: brand?.id ?? null, createdAt: deps.clock.now(), disabledAt: null };
  const secret = deps.secrets.newSecret(WEBHOOK_SECRET_PREFIX);
  const details = { url: safeUrl(url), events };
  await deps.store.transaction(async (tx) => {
    await tx.webhooks.insert(webhook, secret, actor.keyId);
    await tx.audit.append(auditEntry(deps, actor, { action: 'WEBHOOK_CREATED', entity: 'Webhook', entityId: webhook.id, brandId: webhook.brandId, details }, webhook.createdAt));
  });
  return { secret, webhook };
}

/** A webhook the caller may manage: a brand-limited key sees only webhooks of its brands (others NOT_FOUND). */
async function visibleWebhook(deps: Deps, actor: Principal, id: string): Promise<Webhook> {
  requireRole(actor, 'webhook.manage');
  const webhook = await deps.store.webhooks.findById(id);
  if (!webhook) throw new NotFoundError('Webhook', id);
  if (webhook.brandId === null && isScoped(actor)) throw new NotFoundError('Webhook', id);
  if (webhook.brandId !== null) requireBrand(actor, webhook.brandId, 'Webhook', id);
  return webhook;
}

/** `webhooks` (ADMIN): in creation order, never their secrets. */
export async function listWebhooks(deps: Deps, actor: Principal, first: number, afterId?: string): Promise<Page<Webhook>> {
  requireRole(actor, 'webhook.manage');
  return deps.store.webhooks.list(pageRequest(first, afterId), actor.brandIds);
}

/** `webhookDeliveries` (ADMIN): a webhook's deliveries, newest first, each with its attempts and responses. */
export async function listDeliveries(deps: Deps, actor: Principal, webhookId: string, first: number, afterId?: string): Promise<Page<DeliveryRecord>> {
  const webhook = await visibleWebhook(deps, actor, webhookId);
  return deps.store.webhooks.deliveries(webhook.id, pageRequest(first, afterId));
}
