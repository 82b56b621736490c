import { ArrayMaxSize, ArrayMinSize, IsInt, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../domain/input-rules';
import { IsCleanText, IsHttpUrl, IsLocaleTag } from '../validation';

@InputType('CallToActionInput')
export class CallToActionInput {
  @Field() @IsCleanText(LIMITS.ctaText) text!: string;
  @Field() @IsHttpUrl() url!: string;
}

@InputType('MasterMessageInput')
export class MasterMessageInput {
  @Field({ description: 'BCP 47 language tag, e.g. en, ru, kk, ca, fi' }) @IsLocaleTag() locale!: string;
  @Field() @IsCleanText(LIMITS.headline) headline!: string;
  @Field() @IsCleanText(LIMITS.body, { multiline: true }) body!: string;
  @Field(() => CallToActionInput) @ValidateNested() callToAction!: CallToActionInput;
  @Field(() => [String], { description: 'Short claims every channel variant must carry' })
  @ArrayMinSize(LIMITS.keyFactsMin)
  @ArrayMaxSize(LIMITS.keyFactsMax)
  @IsCleanText(LIMITS.keyFact, {}, { each: true })
  keyFacts!: string[];
}

@InputType('CreateCampaignInput')
export class CreateCampaignInput {
  @Field(() => ID) brandId!: string;
  @Field() @IsCleanText(LIMITS.name) name!: string;
  @Field(() => MasterMessageInput) @ValidateNested() master!: MasterMessageInput;
}

@InputType('UpdateMasterMessageInput', { description: 'The whole new master; expectedVersion must equal the current version, or VERSION_CONFLICT' })
export class UpdateMasterMessageInput {
  @Field(() => ID) campaignId!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => MasterMessageInput) @ValidateNested() master!: MasterMessageInput;
}
