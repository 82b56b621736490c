import type { Channel } from '../../domain/channel/channel';
import type { GenerationJob, GenerationJobStatus } from '../../domain/variant/generation-job';
import type { AiAttempt } from '../../domain/variant/variant';
import type { VariantContent } from '../../domain/variant/variant-content';

/** The stored result of one AI request (identified by its reuse key), with what every attempt cost. */
export interface AiGeneration {
  readonly requestKey: string;
  readonly campaignId: string;
  readonly channel: Channel;
  readonly model: string;
  readonly attempts: readonly AiAttempt[];
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** The copy chosen (the best attempt); null when the model gave nothing usable (the template was used). */
  readonly content: VariantContent | null;
}

/** What a campaign's AI generations cost, per channel and model. */
export interface AiUsageRow {
  readonly channel: Channel;
  readonly model: string;
  readonly generations: number;
  readonly attempts: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
}

/** AI generations: the reuse cache and the cost ledger. */
export interface AiGenerationRepository {
  /** The stored result of an identical request, if it has copy. */
  findReusable(requestKey: string): Promise<AiGeneration | undefined>;
  /**
   * Records a generation: a new request key is inserted; a known one (an earlier try that gave no copy, or a
   * race) gets the attempts and tokens added and its copy replaced.
   */
  record(id: string, generation: AiGeneration): Promise<void>;
  /** Totals of a campaign's generations, per channel and model. */
  usage(campaignId: string): Promise<AiUsageRow[]>;
}

/** Bulk generation jobs and their progress. */
export interface GenerationJobRepository {
  insert(job: GenerationJob): Promise<void>;
  findById(id: string): Promise<GenerationJob | undefined>;
  /** Jobs that have not finished (QUEUED or RUNNING), oldest first. */
  unfinished(): Promise<GenerationJob[]>;
  setStatus(id: string, status: GenerationJobStatus, error?: string | null): Promise<void>;
  /**
   * Counts campaign `index` as done (or failed) if it is the job's next one; false when it was already counted
   * (a second worker on the same job), so progress never counts a campaign twice.
   */
  recordProgress(id: string, index: number, ok: boolean): Promise<boolean>;
}

/** Work on a job until it finishes, or until `signal` asks to stop (then it stays resumable). */
export type JobHandler = (jobId: string, signal: AbortSignal) => Promise<void>;

/**
 * Runs generation jobs durably (port): pg-boss on a PostgreSQL server, a poller over `generation_jobs` on
 * PGlite. A job survives a restart of the hub and resumes where it stopped.
 */
export interface JobQueue {
  /** Schedules a stored job. */
  enqueue(jobId: string): Promise<void>;
  /** Starts working on queued jobs (a hub does; in-process tools need not). */
  start(handler: JobHandler): Promise<void>;
  /** Stops taking jobs, interrupts running ones between campaigns, and waits for them. */
  stop(): Promise<void>;
}
