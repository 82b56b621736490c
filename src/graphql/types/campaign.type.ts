import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CallToAction')
export class CallToActionType {
  @Field() text!: string;
  @Field() url!: string;
}

@ObjectType('MasterMessage', { description: "One immutable version of a campaign's master message" })
export class MasterMessageType {
  @Field(() => Int) version!: number;
  @Field() locale!: string;
  @Field() headline!: string;
  @Field() body!: string;
  @Field(() => CallToActionType) callToAction!: CallToActionType;
  @Field(() => [String]) keyFacts!: string[];
  @Field() createdAt!: Date;
}

@ObjectType('Campaign')
export class CampaignType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  /** Not a GraphQL field: the brand resolver loads it. */
  brandId!: string;
  /** Not a GraphQL field: the current master version number. */
  currentVersion!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
