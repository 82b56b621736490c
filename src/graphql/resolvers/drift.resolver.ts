import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { checkCopy } from '../../app/check-copy';
import { setChannelTemplate } from '../../app/templates';
import type { HubContext } from '../context';
import { COSTLY } from '../limits-plugin';
import { DriftCheckInput, SetChannelTemplateInput } from '../inputs/variant.input';
import { fromContentInput, toChannelTemplateType, toDriftReportType } from '../map';
import { DriftReportType } from '../types/drift.type';
import { ChannelTemplateType } from '../types/variant.type';

/** The stateless drift check and the brand template overrides. */
@Resolver()
export class DriftResolver {
  @Query(() => DriftReportType, { description: 'Checks copy against a master without storing anything', complexity: COSTLY.check })
  checkDrift(@Arg('input', () => DriftCheckInput) input: DriftCheckInput, @Ctx() ctx: HubContext): DriftReportType {
    return toDriftReportType(checkCopy(ctx.deps, ctx.principal, { ...input, content: fromContentInput(input.content) }));
  }

  @Mutation(() => ChannelTemplateType, { description: "Saves a new version of a brand's template override (compiled and test-rendered first)", complexity: COSTLY.render })
  async setChannelTemplate(@Arg('input', () => SetChannelTemplateInput) input: SetChannelTemplateInput, @Ctx() ctx: HubContext): Promise<ChannelTemplateType> {
    return toChannelTemplateType(await setChannelTemplate(ctx.deps, ctx.principal, input));
  }
}
