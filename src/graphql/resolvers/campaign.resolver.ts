import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { campaignBrand, createCampaign, currentMaster, getCampaign, masterHistory, updateMasterMessage } from '../../app/campaigns';
import type { HubContext } from '../context';
import { CreateCampaignInput, UpdateMasterMessageInput } from '../inputs/campaign.input';
import { toBrandType, toCampaignType, toMasterType, toVariantType } from '../map';
import { BrandType } from '../types/brand.type';
import { CampaignType, MasterMessageType } from '../types/campaign.type';
import { CampaignConsistencyType, VariantType } from '../types/variant.type';
import { ChannelEnum, VariantStatusEnum } from '../enums';
import { campaignConsistency, listVariants } from '../../app/variants/read-variants';
import type { Channel } from '../../domain/channel/channel';
import type { VariantStatus } from '../../domain/variant/variant';

/** Campaigns and their versioned master messages. */
@Resolver(() => CampaignType)
export class CampaignResolver {
  @Query(() => CampaignType, { nullable: true })
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<CampaignType> {
    return toCampaignType(await getCampaign(ctx.deps, ctx.principal, id));
  }

  @FieldResolver(() => BrandType)
  async brand(@Root() campaign: CampaignType, @Ctx() ctx: HubContext): Promise<BrandType> {
    return toBrandType(await campaignBrand(ctx.deps, ctx.principal, campaign));
  }

  @FieldResolver(() => MasterMessageType)
  async master(@Root() campaign: CampaignType, @Ctx() ctx: HubContext): Promise<MasterMessageType> {
    return toMasterType(await currentMaster(ctx.deps, campaign));
  }

  @FieldResolver(() => [MasterMessageType], { description: 'Oldest first' })
  async masterHistory(@Root() campaign: CampaignType, @Ctx() ctx: HubContext): Promise<MasterMessageType[]> {
    return (await masterHistory(ctx.deps, campaign)).map(toMasterType);
  }

  @FieldResolver(() => [VariantType], { description: 'Oldest first. A READER sees only the approved revision of each approved variant' })
  async variants(
    @Root() campaign: CampaignType,
    @Ctx() ctx: HubContext,
    @Arg('channel', () => ChannelEnum, { nullable: true }) channel?: Channel | null,
    @Arg('status', () => VariantStatusEnum, { nullable: true }) status?: VariantStatus | null,
  ): Promise<VariantType[]> {
    const views = await listVariants(ctx.deps, ctx.principal, campaign.id, { channel: channel ?? undefined, status: status ?? undefined });
    return views.map(toVariantType);
  }

  @FieldResolver(() => CampaignConsistencyType, { description: 'Consistency per channel, from the newest variant of each' })
  async consistency(@Root() campaign: CampaignType, @Ctx() ctx: HubContext): Promise<CampaignConsistencyType> {
    const summary = await campaignConsistency(ctx.deps, ctx.principal, campaign.id);
    return { score: summary.score, channels: summary.channels.map((c) => ({ ...c, codes: [...c.codes] })) };
  }

  @Mutation(() => CampaignType)
  async createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: HubContext): Promise<CampaignType> {
    return toCampaignType(await createCampaign(ctx.deps, ctx.principal, input));
  }

  @Mutation(() => CampaignType)
  async updateMasterMessage(
    @Arg('input', () => UpdateMasterMessageInput) input: UpdateMasterMessageInput,
    @Ctx() ctx: HubContext,
  ): Promise<CampaignType> {
    return toCampaignType(await updateMasterMessage(ctx.deps, ctx.principal, input));
  }
}
