import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { Role } from '../../domain/access/principal';
import { LIMITS } from '../../domain/input-rules';
import { RoleEnum } from '../enums';
import { IsCleanText } from '../validation';

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field() @IsCleanText(LIMITS.name) name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => [ID], { nullable: true, description: 'Empty or absent: every brand' })
  @IsOptional()
  @ArrayMaxSize(100)
  brandIds?: string[] | null;
}
