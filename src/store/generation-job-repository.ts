import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { GenerationJobRepository } from '../app/ports/ai-store';
import type { Channel } from '../domain/channel/channel';
import type { GenerationJob, GenerationJobStatus, GenerationMode } from '../domain/variant/generation-job';
import type { Db } from './database';
import { isValidId } from './ids';
import { generationJobs } from './schema';

type Row = typeof generationJobs.$inferSelect;

function toJob(row: Row): GenerationJob {
  return {
    id: row.id,
    brandId: row.brandId,
    mode: row.mode as GenerationMode,
    channels: row.channels as Channel[],
    campaignIds: row.campaignIds,
    status: row.status as GenerationJobStatus,
    done: row.done,
    failed: row.failed,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Bulk generation jobs. NOTE: progress moves with a conditional UPDATE (`… WHERE done + failed = index`), so two
 * workers on one job (a pg-boss retry racing a slow worker) never count a campaign twice.
 */
export class PgGenerationJobRepository implements GenerationJobRepository {
  constructor(private readonly db: Db) {}

  async insert(job: GenerationJob): Promise<void> {
    await this.db.insert(generationJobs).values({ ...job, channels: [...job.channels], campaignIds: [...job.campaignIds] });
  }

  async findById(id: string): Promise<GenerationJob | undefined> {
    if (!isValidId(id)) return undefined;
    const [row] = await this.db.select().from(generationJobs).where(eq(generationJobs.id, id));
    return row && toJob(row);
  }

  async unfinished(): Promise<GenerationJob[]> {
    const rows = await this.db
      .select()
      .from(generationJobs)
      .where(inArray(generationJobs.status, ['QUEUED', 'RUNNING']))
      .orderBy(asc(generationJobs.createdAt), asc(generationJobs.id));
    return rows.map(toJob);
  }

  async setStatus(id: string, status: GenerationJobStatus, error: string | null = null): Promise<void> {
    await this.db.update(generationJobs).set({ status, error, updatedAt: new Date() }).where(eq(generationJobs.id, id));
  }

  async recordProgress(id: string, index: number, ok: boolean): Promise<boolean> {
    const counter = ok ? { done: sql`${generationJobs.done} + 1` } : { failed: sql`${generationJobs.failed} + 1` };
    const updated = await this.db
      .update(generationJobs)
      .set({ ...counter, updatedAt: new Date() })
      .where(and(eq(generationJobs.id, id), sql`${generationJobs.done} + ${generationJobs.failed} = ${index}`))
      .returning({ id: generationJobs.id });
    return updated.length > 0;
  }
}
