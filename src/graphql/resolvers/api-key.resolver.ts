import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { createApiKey, revokeApiKey } from '../../app/api-keys';
import type { HubContext } from '../context';
import { CreateApiKeyInput } from '../inputs/api-key.input';
import { toApiKeyType } from '../map';
import { ApiKeyType, CreatedApiKeyType } from '../types/api-key.type';

/** API keys (ADMIN only). */
@Resolver()
export class ApiKeyResolver {
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
