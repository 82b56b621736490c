import type { AiUsage } from '../app/ai/ai-usage';
import type { GenerationJob } from '../domain/variant/generation-job';
import type { AiProvenance } from '../domain/variant/variant';
import type { AiUsageType, GenerationJobType, VariantAiType } from './types/ai.type';

/** Explicit mappings of the AI path's values to GraphQL output objects (see map.ts for the rest). */

/** A variant's AI provenance as the API shows it (every attempt's cost and verdict). */
export function toVariantAiType(ai: AiProvenance): VariantAiType {
  return {
    model: ai.model,
    attempts: ai.attempts,
    promptTokens: ai.promptTokens,
    completionTokens: ai.completionTokens,
    promptVersion: ai.promptVersion ?? null,
    reused: ai.reused ?? false,
    fallback: ai.fallback ?? null,
    perAttempt: (ai.perAttempt ?? []).map((a) => ({
      outcome: a.outcome,
      promptTokens: a.promptTokens,
      completionTokens: a.completionTokens,
      errors: a.errors ?? null,
      warnings: a.warnings ?? null,
      score: a.score ?? null,
      problem: a.problem ?? null,
    })),
  };
}

/** A campaign's AI usage, with total tokens added. */
export function toAiUsageType(u: AiUsage): AiUsageType {
  return {
    generations: u.generations,
    attempts: u.attempts,
    promptTokens: u.promptTokens,
    completionTokens: u.completionTokens,
    totalTokens: u.promptTokens + u.completionTokens,
    byChannel: u.byChannel.map((r) => ({ ...r, totalTokens: r.promptTokens + r.completionTokens })),
  };
}

/** A generation job with its progress (`total` is the number of campaigns). */
export function toGenerationJobType(j: GenerationJob): GenerationJobType {
  return {
    id: j.id,
    brandId: j.brandId,
    mode: j.mode,
    channels: [...j.channels],
    campaignIds: [...j.campaignIds],
    status: j.status,
    total: j.campaignIds.length,
    done: j.done,
    failed: j.failed,
    error: j.error,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
  };
}
