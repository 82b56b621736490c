import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { createApiKey, listApiKeys, revokeApiKey } from '../../app/api-keys';
import { decodeCursor, toConnection } from '../connection';
import type { HubContext } from '../context';
import { CreateApiKeyInput } from '../inputs/api-key.input';
import { toApiKeyType } from '../map';
import { ApiKeyType, CreatedApiKeyType, ViewerType } from '../types/api-key.type';
import { ApiKeyConnectionType } from '../types/connection.type';

/** API keys (ADMIN only), and `me` for any key. */
@Resolver()
export class ApiKeyResolver {
  @Query(() => ViewerType, { description: 'Who is calling: any valid key may ask (sign-in checks, role-aware clients)' })
  me(@Ctx() ctx: HubContext): ViewerType {
    const { keyId, name, role, brandIds } = ctx.principal;
    return { keyId, name, role, brandIds: [...brandIds] };
  }

  @Query(() => ApiKeyConnectionType, { description: 'API keys, oldest first; never their secrets (ADMIN)' })
  async apiKeys(
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ApiKeyConnectionType> {
    return toConnection(await listApiKeys(ctx.deps, ctx.principal, first ?? 20, decodeCursor(after)), toApiKeyType);
  }

  @Mutation(() => CreatedApiKeyType)
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: HubContext): Promise<CreatedApiKeyType> {
    const created = await createApiKey(ctx.deps, ctx.principal, input);
    return { key: created.key, apiKey: toApiKeyType(created.apiKey) };
  }

  @Mutation(() => ApiKeyType)
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<ApiKeyType> {
    return toApiKeyType(await revokeApiKey(ctx.deps, ctx.principal, id));
  }
}
