import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditActionEnum } from '../enums';
import { PageInfoType } from './connection.type';

@ObjectType('AuditEntry', { description: 'Who did what to which entity, and when (append-only)' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => AuditActionEnum) action!: string;
  @Field({ description: 'Brand, Campaign, Variant, ChannelTemplate, ApiKey or Webhook' }) entity!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => ID, { nullable: true }) brandId!: string | null;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The API key that acted' }) actorKeyId!: string | null;
  @Field({ description: "The acting key's name at the time" }) actorName!: string;
  @Field(() => GraphQLJSONObject, { description: 'Safe facts of the change (never secrets)' }) details!: Record<string, unknown>;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeType {
  @Field() cursor!: string;
  @Field(() => AuditEntryType) node!: AuditEntryType;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnectionType {
  @Field(() => [AuditEntryEdgeType]) edges!: AuditEntryEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
