import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../enums';

@ObjectType('ApiKey')
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: string;
  @Field(() => [ID]) brandIds!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey', { description: 'The secret key is shown once, here, and never again' })
export class CreatedApiKeyType {
  @Field() key!: string;
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
}

@ObjectType('Viewer', { description: 'The key making the request: its role and the brands it is limited to' })
export class ViewerType {
  @Field(() => ID) keyId!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: string;
  @Field(() => [ID], { description: 'Empty: every brand' }) brandIds!: string[];
}
