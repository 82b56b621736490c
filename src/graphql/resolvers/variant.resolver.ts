import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { approvedVariants } from '../../app/variants/approved-variants';
import { generateVariants } from '../../app/variants/generate-variants';
import { getVariant } from '../../app/variants/read-variants';
import { approveVariant, rejectVariant, submitForReview } from '../../app/variants/review-variant';
import { updateVariant } from '../../app/variants/update-variant';
import type { Channel } from '../../domain/channel/channel';
import { decodeTimeCursor, encodeTimeCursor, toConnection } from '../connection';
import type { HubContext } from '../context';
import { COSTLY } from '../limits-plugin';
import { ChannelEnum } from '../enums';
import { GenerateVariantsInput, ReviewDecisionInput, UpdateVariantInput } from '../inputs/variant.input';
import { toVariantType } from '../map';
import { VariantConnectionType } from '../types/connection.type';
import { VariantType } from '../types/variant.type';

/** Channel variants: generation, manual edits and the review lifecycle. */
@Resolver(() => VariantType)
export class VariantResolver {
  @Query(() => VariantType, { nullable: true })
  async variant(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<VariantType> {
    return toVariantType(await getVariant(ctx.deps, ctx.principal, id));
  }

  @Query(() => VariantConnectionType, {
    description: 'For CMS plugins: the latest approved revision of each variant, newest change first; stays after the master changes (stale)',
  })
  async approvedVariants(
    @Arg('brandId', () => ID) brandId: string,
    @Ctx() ctx: HubContext,
    @Arg('channel', () => ChannelEnum, { nullable: true }) channel?: Channel | null,
    @Arg('locale', () => String, { nullable: true }) locale?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('updatedSince', () => Date, { nullable: true, description: 'Only variants approved after this instant (incremental sync)' })
    updatedSince?: Date | null,
  ): Promise<VariantConnectionType> {
    const cursor = decodeTimeCursor(after);
    const query = { brandId, channel, locale, first: first ?? 50, after: cursor && { approvedAt: cursor.at, id: cursor.id }, updatedSince };
    const page = await approvedVariants(ctx.deps, ctx.principal, query);
    return toConnection(page, toVariantType, (item) => encodeTimeCursor(item.approvedAt, item.variant.id));
  }

  @Mutation(() => [VariantType], { complexity: COSTLY.generate })
  async generateVariants(@Arg('input', () => GenerateVariantsInput) input: GenerateVariantsInput, @Ctx() ctx: HubContext): Promise<VariantType[]> {
    return (await generateVariants(ctx.deps, ctx.principal, input)).map(toVariantType);
  }

  @Mutation(() => VariantType, { complexity: COSTLY.render })
  async updateVariant(@Arg('input', () => UpdateVariantInput) input: UpdateVariantInput, @Ctx() ctx: HubContext): Promise<VariantType> {
    return toVariantType(await updateVariant(ctx.deps, ctx.principal, input));
  }

  @Mutation(() => VariantType)
  async submitForReview(@Arg('variantId', () => ID) variantId: string, @Ctx() ctx: HubContext): Promise<VariantType> {
    return toVariantType(await submitForReview(ctx.deps, ctx.principal, variantId));
  }

  @Mutation(() => VariantType)
  async approveVariant(@Arg('input', () => ReviewDecisionInput) input: ReviewDecisionInput, @Ctx() ctx: HubContext): Promise<VariantType> {
    return toVariantType(await approveVariant(ctx.deps, ctx.principal, input));
  }

  @Mutation(() => VariantType)
  async rejectVariant(@Arg('input', () => ReviewDecisionInput) input: ReviewDecisionInput, @Ctx() ctx: HubContext): Promise<VariantType> {
    return toVariantType(await rejectVariant(ctx.deps, ctx.principal, input));
  }
}
