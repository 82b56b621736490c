import { IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../domain/input-rules';
import { IsCleanText, IsLocaleTag } from '../validation';
import { ToneRulesInput } from './tone-rules.input';

@InputType('CreateBrandInput')
export class CreateBrandInput {
  @Field() @IsCleanText(LIMITS.name) name!: string;
  @Field() @IsLocaleTag() defaultLocale!: string;
  @Field(() => ToneRulesInput, { nullable: true }) @IsOptional() @ValidateNested() toneRules?: ToneRulesInput | null;
  @Field(() => Boolean, { nullable: true, description: "Review rule: a variant's approver must differ from its last editor (default false)" })
  requireDistinctApprover?: boolean | null;
}

@InputType('UpdateBrandSettingsInput', { description: 'Review settings (ADMIN); fields left out stay as they are' })
export class UpdateBrandSettingsInput {
  @Field(() => ID) brandId!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => Boolean, { nullable: true }) requireDistinctApprover?: boolean | null;
}

@InputType('UpdateToneRulesInput')
export class UpdateToneRulesInput {
  @Field(() => ID) brandId!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => ToneRulesInput) @ValidateNested() toneRules!: ToneRulesInput;
}
