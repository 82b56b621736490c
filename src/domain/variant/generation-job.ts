import type { Channel } from '../channel/channel';

export const GENERATION_JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
/**
 * QUEUED: waiting for a worker (also after an interrupted run, which resumes where it stopped); RUNNING: a worker
 * is on it; COMPLETED: every campaign was tried (`failed` counts those that failed); FAILED: the job itself
 * could not run (e.g. the key that started it was revoked).
 */
export type GenerationJobStatus = (typeof GENERATION_JOB_STATUSES)[number];

/** How a job generates: the same modes as generateVariants. */
export type GenerationMode = 'TEMPLATE' | 'AI';

/**
 * Bulk generation of many campaigns of one brand, as a durable job. Campaigns are worked through in order;
 * `done + failed` is how many are finished, so a restarted worker continues with the next one.
 */
export interface GenerationJob {
  readonly id: string;
  readonly brandId: string;
  readonly mode: GenerationMode;
  /** Empty: every channel. */
  readonly channels: readonly Channel[];
  readonly campaignIds: readonly string[];
  readonly status: GenerationJobStatus;
  readonly done: number;
  readonly failed: number;
  readonly error: string | null;
  /** The API key that started the job: the job acts with its rights. */
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The index of the next campaign to work on (equal to the number of campaigns when none is left). */
export function nextCampaignIndex(job: Pick<GenerationJob, 'done' | 'failed'>): number {
  return job.done + job.failed;
}

/** True once a job will not run again. */
export function isFinished(job: Pick<GenerationJob, 'status'>): boolean {
  return job.status === 'COMPLETED' || job.status === 'FAILED';
}
