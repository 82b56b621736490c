import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DriftCodeEnum, SeverityOverrideLevelEnum } from '../enums';

@ObjectType('PreferredTerm')
export class PreferredTermType {
  @Field() use!: string;
  @Field(() => [String]) insteadOf!: string[];
}

@ObjectType('SeverityOverride', { description: "A brand's severity for one drift code (OFF: not reported)" })
export class SeverityOverrideType {
  @Field(() => DriftCodeEnum) code!: string;
  @Field(() => SeverityOverrideLevelEnum) severity!: string;
}

@ObjectType('ToneRules')
export class ToneRulesType {
  @Field(() => [String]) voice!: string[];
  @Field(() => [String]) bannedTerms!: string[];
  @Field(() => [PreferredTermType]) preferredTerms!: PreferredTermType[];
  @Field(() => [String]) protectedTerms!: string[];
  @Field(() => Int, { nullable: true }) maxExclamations!: number | null;
  @Field() allowEmoji!: boolean;
  @Field(() => [SeverityOverrideType], { description: 'Codes whose severity this brand changed or turned off' })
  severityOverrides!: SeverityOverrideType[];
}

@ObjectType('Brand')
export class BrandType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() defaultLocale!: string;
  @Field(() => ToneRulesType) toneRules!: ToneRulesType;
  @Field(() => Int, { description: 'Raised by every change; updates name the version they expect' })
  version!: number;
  @Field({ description: "Review rule: a variant's approver must differ from its last editor" }) requireDistinctApprover!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
