import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { createCopyGenerator } from './ai/create-generator';
import { concurrencyLimit } from './app/ai/concurrency';
import { runGenerationJob } from './app/ai/run-generation-job';
import { bootstrapAdminKey } from './app/api-keys';
import type { Deps } from './app/deps';
import { type AiConfig, type Config, loadConfig } from './config';
import { createHubHttp } from './http/app';
import { createLinguistics } from './lang/create-linguistics';
import { twitterMetrics } from './lang/twitter-metrics';
import { createJobQueue } from './jobs/create-queue';
import { createHandlebarsRenderer } from './render/handlebars-renderer';
import { PgAiGenerationRepository } from './store/ai-generation-repository';
import { type Database, openDatabase } from './store/database';
import { EntityCache } from './store/cache/entity-cache';
import { startCacheListener } from './store/cache/listener';
import { PgGenerationJobRepository } from './store/generation-job-repository';
import { createStore } from './store/pg-store';
import { cryptoSecrets, systemClock, uuidIds } from './system';
import { createHttpSender } from './webhooks/http-sender';
import { startWebhookWorker } from './webhooks/worker';

/** A running hub. */
export interface RunningHub {
  readonly url: string;
  readonly deps: Deps;
  readonly database: Database;
  /** Stops accepting requests, finishes in-flight ones, then closes the database cleanly. */
  stop(): Promise<void>;
}

/** Options for tests and tools: an already open database (e.g. a PGlite clone) instead of the configured one. */
export interface StartOptions {
  readonly database?: Database;
  /** Called with a first-start admin key, to print it once. */
  readonly onAdminKeyCreated?: (secret: string) => void;
}

let tools: Promise<Pick<Deps, 'linguistics' | 'renderer'>> | undefined;

/** The language tools and the compiled templates: loaded once per process (they hold models and compiled code). */
export function loadTools(): Promise<Pick<Deps, 'linguistics' | 'renderer'>> {
  tools ??= (async () => ({ linguistics: await createLinguistics(), renderer: await createHandlebarsRenderer({ metrics: twitterMetrics }) }))();
  return tools;
}

/** Optional parts of the dependencies: the AI configuration (default: off) and the log (default: silent). */
export interface DepsOptions {
  readonly ai?: AiConfig;
  readonly logger?: Logger;
}

/** The use cases' dependencies over one database (and the cache its store reads through). */
export async function createDeps(
  database: Database,
  cache = new EntityCache(),
  webhookAllowedHosts: readonly string[] = [],
  options: DepsOptions = {},
): Promise<Deps> {
  const store = createStore(database.db, { cache, notify: database.kind === 'postgres' });
  const log = options.logger ?? pino({ level: 'silent' });
  const ai = options.ai ?? loadConfig({}).ai;
  const jobRepository = new PgGenerationJobRepository(database.db);
  return {
    store,
    clock: systemClock,
    ids: uuidIds,
    secrets: cryptoSecrets,
    webhookAllowedHosts,
    ...(await loadTools()),
    ai: { generator: createCopyGenerator(ai, log), generations: new PgAiGenerationRepository(database.db), limit: concurrencyLimit(ai.concurrency), log },
    jobs: { repository: jobRepository, queue: createJobQueue(database, jobRepository, log) },
  };
}

/**
 * Composition root: config → database (migrated) → use cases → GraphQL → HTTP, listening on HOST:PORT, and the
 * webhook delivery worker.
 */
export async function startHub(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningHub> {
  const database = options.database ?? (await openDatabase(config.database));
  await database.migrate();
  const cache = new EntityCache();
  // NOTE: hubs sharing a PostgreSQL server evict each other's cached rows through LISTEN/NOTIFY.
  const stopListener = database.url ? await startCacheListener(database.url, cache, logger) : async () => undefined;
  const deps = await createDeps(database, cache, config.webhooks.allowedHosts, { ai: config.ai, logger });
  await deps.jobs.queue.start((jobId, signal) => runGenerationJob(deps, jobId, signal));
  const created = await bootstrapAdminKey(deps, config.adminKey);
  if (created) options.onAdminKeyCreated?.(created);
  const server = http.createServer();
  const hubHttp = await createHubHttp(server, { config, deps, logger, ping: () => database.ping() });
  server.on('request', hubHttp.app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // NOTE: started once the hub serves; stopped before the database closes, after in-flight attempts are recorded.
  const worker = startWebhookWorker(deps, createHttpSender(), config.webhooks, logger.child({ component: 'webhooks' }));
  logger.info({ url, database: database.kind, ai: deps.ai.generator.settings?.model ?? 'off' }, 'tonehub listening');
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      hubHttp.markStopping();
      // NOTE: the database closes whatever failed before it, so PGlite's folder is never left open.
      try {
        await hubHttp.apollo.stop();
        await worker.stop();
        await deps.jobs.queue.stop();
        await stopListener();
      } finally {
        await database.close();
      }
      logger.info('tonehub stopped');
    })());
  return { url, deps, database, stop };
}
