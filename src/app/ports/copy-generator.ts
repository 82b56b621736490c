import type { ToneRules } from '../../domain/brand/tone-rules';
import type { MasterMessageDraft } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import type { DriftFlag } from '../../domain/drift/drift-report';
import type { VariantContent } from '../../domain/variant/variant-content';
import type { AiGenerationRepository } from './ai-store';

/** What was wrong with the previous answer, sent back so that the model corrects it (a repair round). */
export type RepairFeedback =
  /** Usable copy the drift engine flagged: the copy and its ERROR and WARNING flags. */
  | { readonly kind: 'DRIFT'; readonly content: VariantContent; readonly flags: readonly DriftFlag[] }
  /** An answer that was not the JSON asked for: the raw answer and what was wrong. */
  | { readonly kind: 'MALFORMED'; readonly answer: string; readonly problem: string };

/** One channel's copy to write: everything the prompt templates need, as data. */
export interface CopyRequest {
  readonly channel: Channel;
  readonly master: MasterMessageDraft;
  readonly brandName: string;
  readonly toneRules: ToneRules;
  /** ISO day whose channel limits apply. */
  readonly date: string;
  /** The previous answer and what was wrong with it; absent on the first attempt. */
  readonly feedback?: RepairFeedback;
}

/** Tokens one answer cost, as the endpoint reported them (0 when it did not). */
export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

/** One model answer: copy in the channel's fields, or an answer that could not be used. */
export type CopyAnswer =
  | { readonly kind: 'COPY'; readonly content: VariantContent; readonly raw: string; readonly usage: TokenUsage }
  | { readonly kind: 'MALFORMED'; readonly raw: string; readonly problem: string; readonly usage: TokenUsage };

/** The model's settings as the use cases see them. */
export interface GeneratorSettings {
  readonly model: string;
  /** A hash of the prompt templates: part of the reuse key, so edited prompts are not served stale results. */
  readonly promptVersion: string;
  readonly timeoutMs: number;
  readonly maxRepairs: number;
}

/**
 * The model did not answer within the budget (timeouts, 429 and 5xx retried until the deadline) or refused the
 * request outright (bad key, unknown model). `reason` is safe to show a reviewer.
 */
export class ModelUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ModelUnavailableError';
  }
}

/**
 * Writes channel copy with a language model (port; the OpenAI-compatible adapter implements it, and a disabled
 * one answers `settings: null`). It only writes: the use case checks every answer with the drift engine.
 */
export interface CopyGenerator {
  /** Null when AI mode is off. */
  readonly settings: GeneratorSettings | null;
  /**
   * One answer, retrying transient failures with backoff until `deadline` (epoch ms). Throws
   * ModelUnavailableError when no answer came in time.
   */
  complete(request: CopyRequest, deadline: number): Promise<CopyAnswer>;
}

/** Where the AI path says what it did (pino's logger fits). */
export interface AiLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** The AI path's dependencies: the model, its result store, a limit on concurrent channels, and a log. */
export interface AiServices {
  readonly generator: CopyGenerator;
  readonly generations: AiGenerationRepository;
  /** Runs `work` when fewer than the configured number of channels are being written (AI_CONCURRENCY). */
  readonly limit: <T>(work: () => Promise<T>) => Promise<T>;
  readonly log: AiLog;
}
