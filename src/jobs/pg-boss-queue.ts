import PgBoss from 'pg-boss';
import type { GenerationJobRepository, JobHandler, JobQueue } from '../app/ports/ai-store';
import type { QueueLog } from './db-poller-queue';

/** The pg-boss queue that carries generation jobs (its tables live in the `pgboss` schema of our database). */
const GENERATION_QUEUE = 'tonehub-generation-jobs';

/** What a queued pg-boss job carries: only our job's id (the progress lives in `generation_jobs`). */
interface JobData {
  readonly jobId: string;
}

/**
 * The job queue on a PostgreSQL server: pg-boss. A job interrupted by a stopping hub fails in pg-boss and is
 * retried (by this hub after a restart, or by another hub on the same database) from its next campaign.
 * NOTE: each pg-boss job carries our job's id as its own id, so sending it again is a no-op while pg-boss still
 * holds it; at start every unfinished job is sent again, which also heals a send lost between insert and send.
 */
export class PgBossQueue implements JobQueue {
  private boss: Promise<PgBoss> | undefined;
  private readonly stopping = new AbortController();

  constructor(
    private readonly url: string,
    private readonly jobs: GenerationJobRepository,
    private readonly log: QueueLog,
  ) {}

  async enqueue(jobId: string): Promise<void> {
    const boss = await this.started();
    await boss.send(GENERATION_QUEUE, { jobId } satisfies JobData, { id: jobId });
  }

  async start(handler: JobHandler): Promise<void> {
    const boss = await this.started();
    for (const job of await this.jobs.unfinished()) await boss.send(GENERATION_QUEUE, { jobId: job.id } satisfies JobData, { id: job.id });
    await boss.work<JobData>(GENERATION_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await handler(job.data.jobId, this.stopping.signal);
    });
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (!this.boss) return;
    const boss = await this.boss;
    // NOTE: graceful: waits for a running job to reach its next campaign (it then fails in pg-boss, to be retried).
    await boss.stop({ graceful: true, wait: true, timeout: 120_000 });
  }

  private started(): Promise<PgBoss> {
    this.boss ??= (async () => {
      const boss = new PgBoss({ connectionString: this.url, max: 3, schedule: false });
      boss.on('error', (err) => this.log.warn({ err }, 'pg-boss error'));
      await boss.start();
      // NOTE: retries are how an interrupted job resumes; 20 restarts of a hub during one job is plenty.
      await boss.createQueue(GENERATION_QUEUE, { name: GENERATION_QUEUE, retryLimit: 20, retryDelay: 1, expireInSeconds: 6 * 3600 });
      return boss;
    })();
    // NOTE: a failed start is not kept: the next call tries again.
    const attempt = this.boss;
    attempt.catch(() => {
      if (this.boss === attempt) this.boss = undefined;
    });
    return attempt;
  }
}
