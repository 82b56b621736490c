import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createBrand, getBrand, listBrands, updateBrandSettings, updateToneRules } from '../../app/brands';
import { listCampaigns } from '../../app/campaigns';
import { decodeCursor, toConnection } from '../connection';
import type { HubContext } from '../context';
import { CreateBrandInput, UpdateBrandSettingsInput, UpdateToneRulesInput } from '../inputs/brand.input';
import { toBrandType, toCampaignType } from '../map';
import { BrandType } from '../types/brand.type';
import { BrandConnectionType, CampaignConnectionType } from '../types/connection.type';

/** Brands and their tone rules: parse arguments, call one use case, map the result. */
@Resolver(() => BrandType)
export class BrandResolver {
  @Query(() => BrandType, { nullable: true })
  async brand(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<BrandType> {
    return toBrandType(await getBrand(ctx.deps, ctx.principal, id));
  }

  @Query(() => BrandConnectionType, { description: 'Brands this key may see, oldest first' })
  async brands(
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<BrandConnectionType> {
    const page = await listBrands(ctx.deps, ctx.principal, first ?? 20, decodeCursor(after));
    return toConnection(page, toBrandType);
  }

  @FieldResolver(() => CampaignConnectionType, { description: "The brand's campaigns, oldest first" })
  async campaigns(
    @Root() brand: BrandType,
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CampaignConnectionType> {
    const page = await listCampaigns(ctx.deps, ctx.principal, brand.id, first ?? 20, decodeCursor(after));
    return toConnection(page, toCampaignType);
  }

  @Mutation(() => BrandType)
  async createBrand(@Arg('input', () => CreateBrandInput) input: CreateBrandInput, @Ctx() ctx: HubContext): Promise<BrandType> {
    return toBrandType(await createBrand(ctx.deps, ctx.principal, input));
  }

  @Mutation(() => BrandType)
  async updateToneRules(@Arg('input', () => UpdateToneRulesInput) input: UpdateToneRulesInput, @Ctx() ctx: HubContext): Promise<BrandType> {
    return toBrandType(await updateToneRules(ctx.deps, ctx.principal, input));
  }

  @Mutation(() => BrandType, { description: 'Changes review settings (ADMIN); raises the version like a tone-rules change' })
  async updateBrandSettings(@Arg('input', () => UpdateBrandSettingsInput) input: UpdateBrandSettingsInput, @Ctx() ctx: HubContext): Promise<BrandType> {
    return toBrandType(await updateBrandSettings(ctx.deps, ctx.principal, input));
  }
}
