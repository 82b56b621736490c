import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GENERATION_JOB_STATUSES } from '../../domain/variant/generation-job';
import { ChannelEnum, GenerationModeEnum } from '../enums';

/** The GraphQL enum of a job's status (values from the domain). */
export const GenerationJobStatusEnum = Object.fromEntries(GENERATION_JOB_STATUSES.map((s) => [s, s])) as { [K in (typeof GENERATION_JOB_STATUSES)[number]]: K };
/** The GraphQL enum of what one model answer came to. */
export const AiAttemptOutcomeEnum = { COPY: 'COPY', MALFORMED: 'MALFORMED', FAILED: 'FAILED' } as const;

registerEnumType(GenerationJobStatusEnum, {
  name: 'GenerationJobStatus',
  description: 'QUEUED (also after an interrupted run, which resumes), RUNNING, COMPLETED (see failed), FAILED (the job could not run)',
});
registerEnumType(AiAttemptOutcomeEnum, {
  name: 'AiAttemptOutcome',
  description: 'COPY: usable copy, judged by the drift engine; MALFORMED: not the JSON asked for; FAILED: no answer in time',
});

/** One model answer of a variant's generation. */
@ObjectType('AiAttempt', { description: 'One model answer: what it cost and how the drift engine judged it' })
export class AiAttemptType {
  @Field(() => AiAttemptOutcomeEnum) outcome!: string;
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => Int, { nullable: true, description: 'ERROR flags of the copy' }) errors!: number | null;
  @Field(() => Int, { nullable: true, description: 'WARNING flags of the copy' }) warnings!: number | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the answer was not usable' }) problem!: string | null;
}

/** How a model took part in a variant. */
@ObjectType('VariantAi', { description: 'How a model took part in a variant (also on template copy the hub fell back to)' })
export class VariantAiType {
  @Field() model!: string;
  @Field(() => Int, { description: 'Answers asked for: the first and the repairs' }) attempts!: number;
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => String, { nullable: true, description: 'Version (hash) of the prompt templates' }) promptVersion!: string | null;
  @Field({ description: 'True when the stored result of an identical request was reused (no model call)' }) reused!: boolean;
  @Field(() => String, { nullable: true, description: "Why the model's copy was not used (the variant is the template's)" }) fallback!: string | null;
  @Field(() => [AiAttemptType]) perAttempt!: AiAttemptType[];
}

/** A campaign's AI cost on one channel with one model. */
@ObjectType('AiUsageEntry', { description: "A campaign's AI cost on one channel with one model" })
export class AiUsageEntryType {
  @Field(() => ChannelEnum) channel!: string;
  @Field() model!: string;
  @Field(() => Int, { description: 'Distinct requests sent to the model' }) generations!: number;
  @Field(() => Int) attempts!: number;
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => Int) totalTokens!: number;
}

/** A campaign's AI cost in total and per channel and model. */
@ObjectType('AiUsage', { description: "What the model cost a campaign (reused results cost nothing)" })
export class AiUsageType {
  @Field(() => Int) generations!: number;
  @Field(() => Int) attempts!: number;
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => Int) totalTokens!: number;
  @Field(() => [AiUsageEntryType]) byChannel!: AiUsageEntryType[];
}

/** A bulk generation job and its progress. */
@ObjectType('GenerationJob', { description: 'Bulk generation of many campaigns, run durably in the background' })
export class GenerationJobType {
  @Field(() => ID) id!: string;
  @Field(() => ID) brandId!: string;
  @Field(() => GenerationModeEnum) mode!: string;
  @Field(() => [ChannelEnum], { description: 'Empty: every channel' }) channels!: string[];
  @Field(() => [ID]) campaignIds!: string[];
  @Field(() => GenerationJobStatusEnum) status!: string;
  @Field(() => Int, { description: 'Campaigns in the job' }) total!: number;
  @Field(() => Int, { description: 'Campaigns generated' }) done!: number;
  @Field(() => Int, { description: 'Campaigns that failed (the job goes on)' }) failed!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
