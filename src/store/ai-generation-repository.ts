import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { AiGeneration, AiGenerationRepository, AiUsageRow } from '../app/ports/ai-store';
import type { Channel } from '../domain/channel/channel';
import type { AiAttempt } from '../domain/variant/variant';
import type { Db } from './database';
import { isValidId } from './ids';
import { aiGenerations } from './schema';

type Row = typeof aiGenerations.$inferSelect;

function toGeneration(row: Row): AiGeneration {
  return {
    requestKey: row.requestKey,
    campaignId: row.campaignId,
    channel: row.channel as Channel,
    model: row.model,
    attempts: row.attempts as unknown as AiAttempt[],
    promptTokens: row.promptTokens,
    completionTokens: row.completionTokens,
    content: row.content ?? null,
  };
}

/**
 * AI generations, one row per request key. NOTE: a request that gave no copy is recorded too (its tokens were
 * spent); the next identical request calls the model again and adds its attempts to the same row.
 */
export class PgAiGenerationRepository implements AiGenerationRepository {
  constructor(private readonly db: Db) {}

  async findReusable(requestKey: string): Promise<AiGeneration | undefined> {
    const [row] = await this.db
      .select()
      .from(aiGenerations)
      .where(and(eq(aiGenerations.requestKey, requestKey), isNotNull(aiGenerations.content)));
    return row && toGeneration(row);
  }

  async record(id: string, g: AiGeneration): Promise<void> {
    const attempts = g.attempts as unknown as Array<Record<string, unknown>>;
    await this.db
      .insert(aiGenerations)
      .values({ id, requestKey: g.requestKey, campaignId: g.campaignId, channel: g.channel, model: g.model, attempts, promptTokens: g.promptTokens, completionTokens: g.completionTokens, content: g.content })
      .onConflictDoUpdate({
        target: aiGenerations.requestKey,
        set: {
          attempts: sql`${aiGenerations.attempts} || excluded.attempts`,
          promptTokens: sql`${aiGenerations.promptTokens} + excluded.prompt_tokens`,
          completionTokens: sql`${aiGenerations.completionTokens} + excluded.completion_tokens`,
          content: sql`coalesce(excluded.content, ${aiGenerations.content})`,
        },
      });
  }

  async usage(campaignId: string): Promise<AiUsageRow[]> {
    if (!isValidId(campaignId)) return [];
    const rows = await this.db
      .select({
        channel: aiGenerations.channel,
        model: aiGenerations.model,
        generations: sql<number>`count(*)::int`,
        attempts: sql<number>`coalesce(sum(jsonb_array_length(${aiGenerations.attempts})), 0)::int`,
        promptTokens: sql<number>`coalesce(sum(${aiGenerations.promptTokens}), 0)::int`,
        completionTokens: sql<number>`coalesce(sum(${aiGenerations.completionTokens}), 0)::int`,
      })
      .from(aiGenerations)
      .where(eq(aiGenerations.campaignId, campaignId))
      .groupBy(aiGenerations.channel, aiGenerations.model)
      .orderBy(aiGenerations.channel, aiGenerations.model);
    return rows.map((r) => ({ ...r, channel: r.channel as Channel }));
  }
}
