import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../domain/input-rules';
import { DriftCodeEnum, SeverityOverrideLevelEnum } from '../enums';
import { IsCleanText } from '../validation';

@InputType('PreferredTermInput')
export class PreferredTermInput {
  @Field() @IsCleanText(LIMITS.term) use!: string;
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.insteadOfMax)
  @IsCleanText(LIMITS.term, {}, { each: true })
  insteadOf!: string[];
}

@InputType('SeverityOverrideInput')
export class SeverityOverrideInput {
  @Field(() => DriftCodeEnum) code!: string;
  @Field(() => SeverityOverrideLevelEnum) severity!: string;
}

@InputType('ToneRulesInput')
export class ToneRulesInput {
  @Field(() => [String], { nullable: true, description: 'Adjectives describing the voice, for people and for AI prompts' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.termsMax)
  @IsCleanText(LIMITS.term, {}, { each: true })
  voice?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.termsMax)
  @IsCleanText(LIMITS.term, {}, { each: true })
  bannedTerms?: string[] | null;

  @Field(() => [PreferredTermInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.termsMax)
  @ValidateNested({ each: true })
  preferredTerms?: PreferredTermInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Product and brand names whose exact spelling and casing must be kept' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.termsMax)
  @IsCleanText(LIMITS.term, {}, { each: true })
  protectedTerms?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(LIMITS.maxExclamations)
  maxExclamations?: number | null;

  @Field(() => Boolean, { nullable: true }) allowEmoji?: boolean | null;

  @Field(() => [SeverityOverrideInput], { nullable: true, description: 'Change a drift code\'s severity for this brand, or turn it OFF' })
  @IsOptional()
  @ArrayMaxSize(20)
  severityOverrides?: SeverityOverrideInput[] | null;
}
