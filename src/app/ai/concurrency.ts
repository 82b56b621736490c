/**
 * A limit on how much async work runs at once: `limit(work)` starts `work` when fewer than `max` are running,
 * else queues it (first come, first served). Used for AI_CONCURRENCY: channels of one campaign, and of every
 * request and job of the hub, share it.
 * NOTE: a dozen lines of our own rather than a package: the CommonJS-loadable versions of p-limit are old.
 */
export function concurrencyLimit(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(max) || max < 1) throw new Error(`concurrency limit must be a positive integer, not ${max}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      release();
    }
  };
}
