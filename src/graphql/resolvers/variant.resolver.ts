import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { generateVariants } from '../../app/variants/generate-variants';
import { getVariant } from '../../app/variants/read-variants';
import { approveVariant, rejectVariant, submitForReview } from '../../app/variants/review-variant';
import { updateVariant } from '../../app/variants/update-variant';
import type { HubContext } from '../context';
import { GenerateVariantsInput, ReviewDecisionInput, UpdateVariantInput } from '../inputs/variant.input';
import { toVariantType } from '../map';
import { VariantType } from '../types/variant.type';

/** Channel variants: generation, manual edits and the review lifecycle. */
@Resolver(() => VariantType)
export class VariantResolver {
  @Query(() => VariantType, { nullable: true })
  async variant(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<VariantType> {
    return toVariantType(await getVariant(ctx.deps, ctx.principal, id));
  }

  @Mutation(() => [VariantType])
  async generateVariants(@Arg('input', () => GenerateVariantsInput) input: GenerateVariantsInput, @Ctx() ctx: HubContext): Promise<VariantType[]> {
    return (await generateVariants(ctx.deps, ctx.principal, input)).map(toVariantType);
  }

  @Mutation(() => VariantType)
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
