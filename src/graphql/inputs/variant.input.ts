import { ArrayMaxSize, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { Channel } from '../../domain/channel/channel';
import { LIMITS } from '../../domain/input-rules';
import { ChannelEnum, GenerationModeEnum } from '../enums';
import { IsCleanText, IsCopyText, IsLocaleTag } from '../validation';
import { MasterMessageInput } from './campaign.input';
import { ToneRulesInput } from './tone-rules.input';

const copy = () => IsCopyText(LIMITS.copy);

@InputType('VariantContentInput', { description: 'One shape for every channel; each channel reads its own fields.' })
export class VariantContentInput {
  @Field(() => String, { nullable: true, description: 'TWEET' }) @IsOptional() @copy() text?: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL' }) @IsOptional() @copy() subject?: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL' }) @IsOptional() @copy() preheader?: string | null;
  @Field(() => String, { nullable: true, description: 'BLOG_POST' }) @IsOptional() @copy() title?: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL and BLOG_POST (markdown allowed)' }) @IsOptional() @copy() body?: string | null;
  @Field(() => [String], { nullable: true, description: 'INSTAGRAM_CAROUSEL' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.slides)
  @IsCopyText(LIMITS.copy, { each: true })
  slides?: string[] | null;
  @Field(() => String, { nullable: true, description: 'INSTAGRAM_CAROUSEL' }) @IsOptional() @copy() caption?: string | null;
  @Field(() => String, { nullable: true, description: 'BLOG_POST: URL slug (optional; derived when absent)' }) @IsOptional() @copy() slug?: string | null;
  @Field(() => String, { nullable: true, description: 'BLOG_POST: meta description (optional; derived when absent)' })
  @IsOptional()
  @copy()
  metaDescription?: string | null;
}

@InputType('DriftCheckInput')
export class DriftCheckInput {
  @Field(() => ChannelEnum) channel!: Channel;
  @Field(() => MasterMessageInput) @ValidateNested() master!: MasterMessageInput;
  @Field(() => ToneRulesInput, { nullable: true }) @IsOptional() @ValidateNested() toneRules?: ToneRulesInput | null;
  @Field(() => VariantContentInput) @ValidateNested() content!: VariantContentInput;
}

@InputType('GenerateVariantsInput', { description: 'Without channels: all four' })
export class GenerateVariantsInput {
  @Field(() => ID) campaignId!: string;
  @Field(() => [ChannelEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(10) channels?: Channel[] | null;
  @Field(() => GenerationModeEnum, { nullable: true, defaultValue: 'TEMPLATE' }) mode?: 'TEMPLATE' | 'AI' | null;
}

@InputType('UpdateVariantInput')
export class UpdateVariantInput {
  @Field(() => ID) variantId!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedRevision!: number;
  @Field(() => VariantContentInput) @ValidateNested() content!: VariantContentInput;
}

@InputType('ReviewDecisionInput')
export class ReviewDecisionInput {
  @Field(() => ID) variantId!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedRevision!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCopyText(LIMITS.comment) comment?: string | null;
  @Field(() => String, { nullable: true, description: 'Required to approve a variant with ERROR flags' })
  @IsOptional()
  @IsCopyText(LIMITS.comment)
  overrideReason?: string | null;
}

@InputType('SetChannelTemplateInput')
export class SetChannelTemplateInput {
  @Field(() => ID) brandId!: string;
  @Field(() => ChannelEnum) channel!: Channel;
  @Field() @IsLocaleTag() locale!: string;
  @Field(() => String, { nullable: true, description: "Template section (text, subject, body, html, …); default the channel's main one" })
  @IsOptional()
  @IsCleanText(40)
  section?: string | null;
  @Field({ description: 'Handlebars source; empty removes the override' }) @IsCopyText(64 * 1024) source!: string;
  @Field(() => Int, { nullable: true, description: 'The version you edited (0: none yet); VERSION_CONFLICT if another came first' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number | null;
}
