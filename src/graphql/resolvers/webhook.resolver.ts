import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { createWebhook, listDeliveries, listWebhooks } from '../../app/webhooks/manage-webhooks';
import { decodeCursor, encodeCursor, toConnection } from '../connection';
import type { HubContext } from '../context';
import { CreateWebhookInput } from '../inputs/webhook.input';
import { toDeliveryType, toWebhookType } from '../map';
import { CreatedWebhookType, WebhookConnectionType, WebhookDeliveryConnectionType } from '../types/webhook.type';

/** Webhooks and their deliveries (ADMIN). */
@Resolver()
export class WebhookResolver {
  @Mutation(() => CreatedWebhookType, { description: 'Subscribes a URL to events; the signing secret is shown once' })
  async createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: HubContext): Promise<CreatedWebhookType> {
    const created = await createWebhook(ctx.deps, ctx.principal, input);
    return { secret: created.secret, webhook: toWebhookType(created.webhook) };
  }

  @Query(() => WebhookConnectionType, { description: 'Webhooks, oldest first (ADMIN)' })
  async webhooks(
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<WebhookConnectionType> {
    return toConnection(await listWebhooks(ctx.deps, ctx.principal, first ?? 20, decodeCursor(after)), toWebhookType);
  }

  @Query(() => WebhookDeliveryConnectionType, { description: "A webhook's deliveries, newest first, with every attempt (ADMIN)" })
  async webhookDeliveries(
    @Arg('webhookId', () => ID) webhookId: string,
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<WebhookDeliveryConnectionType> {
    const page = await listDeliveries(ctx.deps, ctx.principal, webhookId, first ?? 20, decodeCursor(after));
    return toConnection(page, toDeliveryType, (r) => encodeCursor(r.delivery.id));
  }
}
