import type { GenerationJobRepository, JobQueue } from '../app/ports/ai-store';
import type { Database } from '../store/database';
import { DbPollerQueue, type QueueLog } from './db-poller-queue';
import { PgBossQueue } from './pg-boss-queue';

/** The durable job queue for a database: pg-boss on a PostgreSQL server, the `generation_jobs` poller on PGlite. */
export function createJobQueue(database: Database, jobs: GenerationJobRepository, log: QueueLog): JobQueue {
  return database.kind === 'postgres' && database.url ? new PgBossQueue(database.url, jobs, log) : new DbPollerQueue(jobs, log);
}
