import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { WebhookEvent } from '../../domain/webhook/webhook';
import { WebhookEventEnum } from '../enums';
import { IsHttpUrl } from '../validation';

@InputType('CreateWebhookInput')
export class CreateWebhookInput {
  @Field({ description: 'http(s) URL that receives signed POSTs; must match HUB_WEBHOOK_ALLOWED_HOSTS when set' }) @IsHttpUrl() url!: string;
  @Field(() => [WebhookEventEnum]) @ArrayMinSize(1) @ArrayMaxSize(10) events!: WebhookEvent[];
  @Field(() => ID, { nullable: true, description: 'Absent: every brand' }) brandId?: string | null;
}
