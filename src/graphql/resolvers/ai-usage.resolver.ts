import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { campaignAiUsage } from '../../app/ai/ai-usage';
import { toAiUsageType } from '../ai-map';
import type { HubContext } from '../context';
import { AiUsageType } from '../types/ai.type';
import { CampaignType } from '../types/campaign.type';

/** `Campaign.aiUsage`: what the model cost a campaign. */
@Resolver(() => CampaignType)
export class AiUsageResolver {
  @FieldResolver(() => AiUsageType, { description: 'Model calls and tokens of the AI generations, in total and per channel and model' })
  async aiUsage(@Root() campaign: CampaignType, @Ctx() ctx: HubContext): Promise<AiUsageType> {
    return toAiUsageType(await campaignAiUsage(ctx.deps, ctx.principal, campaign.id));
  }
}
