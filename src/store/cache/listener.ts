import pg from 'pg';
import { CACHE_CHANNEL } from './cache-scope';
import type { EntityCache } from './entity-cache';

/** The log calls the listener makes. */
export interface ListenerLog {
  warn(obj: object, msg?: string): void;
}

/**
 * Keeps one connection LISTENing for evictions announced by other hubs on the same PostgreSQL server.
 * While it is disconnected the cache is suspended (every read goes to the database), and it reconnects
 * with a growing delay.
 */
export async function startCacheListener(url: string, cache: EntityCache, log: ListenerLog): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 250;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (message) => message.payload && cache.evict(message.payload));
    c.on('error', (err) => log.warn({ err }, 'cache listener connection failed'));
    c.on('end', () => {
      if (stopped) return;
      cache.suspend();
      setTimeout(() => void reconnect(), delay).unref();
    });
    await c.connect();
    await c.query(`listen ${CACHE_CHANNEL}`);
    client = c;
    delay = 250;
    cache.resume();
  };
  const reconnect = async () => {
    if (stopped) return;
    try {
      await connect();
    } catch (err) {
      delay = Math.min(delay * 2, 10_000);
      log.warn({ err, retryInMs: delay }, 'cache listener reconnect failed');
      setTimeout(() => void reconnect(), delay).unref();
    }
  };
  cache.suspend();
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
