import type { GenerationJobRepository, JobHandler, JobQueue } from '../app/ports/ai-store';

/** How often an idle poller looks for queued jobs (enqueue wakes it at once in the same process). */
const POLL_MS = 500;

/** The minimal log the queue writes to (pino fits). */
export interface QueueLog {
  warn(obj: object, msg: string): void;
}

/**
 * The job queue on embedded PGlite: the `generation_jobs` rows themselves, worked through one job at a time by
 * a small poller. NOTE: PGlite belongs to one process, so a job still RUNNING when the poller starts was left by
 * a stopped (or crashed) hub: it is simply resumed, from its next campaign.
 */
export class DbPollerQueue implements JobQueue {
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly stopping = new AbortController();

  constructor(
    private readonly jobs: GenerationJobRepository,
    private readonly log: QueueLog,
  ) {}

  async enqueue(): Promise<void> {
    // NOTE: the row is the queue entry (inserted QUEUED); only a sleeping poller needs a nudge.
    this.wake?.();
  }

  async start(handler: JobHandler): Promise<void> {
    this.loop ??= this.run(handler);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(handler: JobHandler): Promise<void> {
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      const next = await this.jobs.unfinished().catch((err: unknown) => {
        this.log.warn({ err }, 'generation jobs: could not read the queue');
        return [];
      });
      let failed = false;
      for (const job of next) {
        if (signal.aborted) break;
        await handler(job.id, signal).catch((err: unknown) => {
          failed = !signal.aborted;
          if (failed) this.log.warn({ err, jobId: job.id }, 'generation job stopped with an error');
        });
      }
      // NOTE: a job that keeps failing (the database is away) is retried every POLL_MS, not in a busy loop.
      if (next.length === 0 || failed) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(this.timer);
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
      this.timer = setTimeout(done, POLL_MS);
      if (this.stopping.signal.aborted) done();
    });
  }
}
