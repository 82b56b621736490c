import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DeliveryStatusEnum, WebhookEventEnum } from '../enums';
import { PageInfoType } from './connection.type';

@ObjectType('Webhook')
export class WebhookType {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [WebhookEventEnum]) events!: string[];
  @Field(() => ID, { nullable: true, description: 'Null: events of every brand' }) brandId!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('CreatedWebhook', { description: 'The signing secret is shown once, here' })
export class CreatedWebhookType {
  @Field() secret!: string;
  @Field(() => WebhookType) webhook!: WebhookType;
}

@ObjectType('WebhookAttempt', { description: 'One try to deliver an event' })
export class WebhookAttemptType {
  @Field(() => Int) attempt!: number;
  @Field() at!: Date;
  @Field(() => Int) durationMs!: number;
  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when none came" }) statusCode!: number | null;
  @Field(() => String, { nullable: true, description: "The start of the receiver's answer (truncated)" }) responseExcerpt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the attempt failed, when it did without a 2xx' }) error!: string | null;
}

@ObjectType('WebhookDelivery', { description: 'One event on its way to one webhook' })
export class WebhookDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The event id receivers see (the same on every retry)' }) eventId!: string;
  @Field(() => WebhookEventEnum) event!: string;
  @Field(() => DeliveryStatusEnum) status!: string;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only)' }) nextAttemptAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => [WebhookAttemptType], { description: 'Oldest first' }) attempts!: WebhookAttemptType[];
}

@ObjectType('WebhookDeliveryEdge')
export class WebhookDeliveryEdgeType {
  @Field() cursor!: string;
  @Field(() => WebhookDeliveryType) node!: WebhookDeliveryType;
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnectionType {
  @Field(() => [WebhookDeliveryEdgeType]) edges!: WebhookDeliveryEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

@ObjectType('WebhookEdge')
export class WebhookEdgeType {
  @Field() cursor!: string;
  @Field(() => WebhookType) node!: WebhookType;
}

@ObjectType('WebhookConnection')
export class WebhookConnectionType {
  @Field(() => [WebhookEdgeType]) edges!: WebhookEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
