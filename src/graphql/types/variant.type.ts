import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ChannelEnum, DriftCodeEnum, VariantSourceEnum, VariantStatusEnum } from '../enums';
import { VariantAiType } from './ai.type';
import { DriftReportType } from './drift.type';

@ObjectType('VariantContent', { description: 'The same fields as VariantContentInput, plus rendered HTML for EMAIL and BLOG_POST' })
export class VariantContentType {
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true }) preheader!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => [String], { nullable: true }) slides!: string[] | null;
  @Field(() => String, { nullable: true }) caption!: string | null;
  @Field(() => String, { nullable: true }) html!: string | null;
  @Field(() => String, { nullable: true, description: 'BLOG_POST: URL slug' }) slug!: string | null;
  @Field(() => String, { nullable: true, description: 'BLOG_POST: meta description' }) metaDescription!: string | null;
}

@ObjectType('Variant')
export class VariantType {
  @Field(() => ID) id!: string;
  @Field(() => ChannelEnum) channel!: string;
  @Field() locale!: string;
  @Field(() => VariantStatusEnum) status!: string;
  @Field(() => VariantSourceEnum) source!: string;
  @Field(() => Int, { description: 'The master version this variant was made from' }) masterVersion!: number;
  @Field({ description: "True once the campaign's master has a newer version" }) stale!: boolean;
  @Field(() => Int, { description: 'Raised by every edit or review decision' }) revision!: number;
  @Field(() => VariantContentType) content!: VariantContentType;
  @Field(() => DriftReportType) drift!: DriftReportType;
  @Field(() => ID) campaignId!: string;
  @Field({ description: 'When this revision was made' }) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: "The reviewer's comment on the last decision" }) reviewComment!: string | null;
  @Field(() => String, { nullable: true, description: 'Why a reviewer approved copy with ERROR flags' }) overrideReason!: string | null;
  @Field(() => VariantAiType, { nullable: true, description: 'How a model took part (model, attempts, tokens); null when none did' }) ai!: VariantAiType | null;
}

@ObjectType('ChannelConsistency', { description: "How consistent a campaign's copy is on one channel (its newest variant)" })
export class ChannelConsistencyType {
  @Field(() => ChannelEnum) channel!: string;
  @Field(() => Int) variantCount!: number;
  @Field(() => ID, { nullable: true }) latestVariantId!: string | null;
  @Field(() => Float, { nullable: true, description: 'Null while the channel has no variant' }) score!: number | null;
  @Field() drifted!: boolean;
  @Field() stale!: boolean;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
  @Field(() => [DriftCodeEnum]) codes!: string[];
}

@ObjectType('CampaignConsistency')
export class CampaignConsistencyType {
  @Field(() => Float, { nullable: true, description: 'Mean score of the channels that have copy' }) score!: number | null;
  @Field(() => [ChannelConsistencyType]) channels!: ChannelConsistencyType[];
}

@ObjectType('ChannelTemplate', { description: "One version of a brand's template override" })
export class ChannelTemplateType {
  @Field(() => ChannelEnum) channel!: string;
  @Field() locale!: string;
  @Field() section!: string;
  @Field(() => Int) version!: number;
  @Field() source!: string;
  @Field() createdAt!: Date;
}
