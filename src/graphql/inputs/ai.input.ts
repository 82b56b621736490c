import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_JOB_CAMPAIGNS } from '../../app/ai/generation-jobs';
import type { Channel } from '../../domain/channel/channel';
import { ChannelEnum, GenerationModeEnum } from '../enums';

/** Input of startGenerationJob. */
@InputType('StartGenerationJobInput', { description: "Without campaignIds: every campaign of the brand; without channels: all four" })
export class StartGenerationJobInput {
  @Field(() => ID) brandId!: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_JOB_CAMPAIGNS) campaignIds?: string[] | null;
  @Field(() => [ChannelEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(10) channels?: Channel[] | null;
  @Field(() => GenerationModeEnum, { nullable: true, defaultValue: 'AI' }) mode?: 'TEMPLATE' | 'AI' | null;
}
