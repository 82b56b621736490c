import { Field, ObjectType } from 'type-graphql';
import { BrandType } from './brand.type';
import { CampaignType } from './campaign.type';

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
