import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { getGenerationJob, startGenerationJob } from '../../app/ai/generation-jobs';
import type { HubContext } from '../context';
import { COSTLY } from '../limits-plugin';
import { StartGenerationJobInput } from '../inputs/ai.input';
import { toGenerationJobType } from '../ai-map';
import { GenerationJobType } from '../types/ai.type';

/** Bulk generation jobs: start one, follow its progress. */
@Resolver(() => GenerationJobType)
export class GenerationJobResolver {
  @Mutation(() => GenerationJobType, { description: 'Generates many campaigns of a brand in the background (mode AI by default)', complexity: COSTLY.generate })
  async startGenerationJob(@Arg('input', () => StartGenerationJobInput) input: StartGenerationJobInput, @Ctx() ctx: HubContext): Promise<GenerationJobType> {
    return toGenerationJobType(await startGenerationJob(ctx.deps, ctx.principal, input));
  }

  @Query(() => GenerationJobType, { nullable: true })
  async generationJob(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<GenerationJobType> {
    return toGenerationJobType(await getGenerationJob(ctx.deps, ctx.principal, id));
  }
}
