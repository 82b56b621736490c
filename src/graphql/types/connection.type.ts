import { Field, ObjectType } from 'type-graphql';
import { ApiKeyType } from './api-key.type';
import { BrandType } from './brand.type';
import { CampaignType } from './campaign.type';
import { VariantType } from './variant.type';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('BrandEdge')
export class BrandEdgeType {
  @Field() cursor!: string;
  @Field(() => BrandType) node!: BrandType;
}

@ObjectType('BrandConnection')
export class BrandConnectionType {
  @Field(() => [BrandEdgeType]) edges!: BrandEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

@ObjectType('CampaignEdge')
export class CampaignEdgeType {
  @Field() cursor!: string;
  @Field(() => CampaignType) node!: CampaignType;
}

@ObjectType('CampaignConnection')
export class CampaignConnectionType {
  @Field(() => [CampaignEdgeType]) edges!: CampaignEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

@ObjectType('VariantEdge')
export class VariantEdgeType {
  @Field() cursor!: string;
  @Field(() => VariantType) node!: VariantType;
}

@ObjectType('VariantConnection')
export class VariantConnectionType {
  @Field(() => [VariantEdgeType]) edges!: VariantEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

@ObjectType('ApiKeyEdge')
export class ApiKeyEdgeType {
  @Field() cursor!: string;
  @Field(() => ApiKeyType) node!: ApiKeyType;
}

@ObjectType('ApiKeyConnection')
export class ApiKeyConnectionType {
  @Field(() => [ApiKeyEdgeType]) edges!: ApiKeyEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
