import { IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../domain/text';
import { IsCleanText, IsLocaleTag } from '../validation';
import { ToneRulesInput } from './tone-rules.input';

@InputType('CreateBrandInput')
export class CreateBrandInput {
  @Field() @IsCleanText(LIMITS.name) name!: string;
  @Field() @IsLocaleTag() defaultLocale!: string;
  @Field(() => ToneRulesInput, { nullable: true }) @IsOptional() @ValidateNested() toneRules?: ToneRulesInput | null;
}

@InputType('UpdateToneRulesInput')
export class UpdateToneRulesInput {
  @Field(() => ID) brandId!: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion!: number;
  @Field(() => ToneRulesInput) @ValidateNested() toneRules!: ToneRulesInput;
}
