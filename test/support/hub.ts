import pino, { type Logger } from 'pino';
import { type Config, loadConfig, type WebhookConfig } from '../../src/config';
import { type RunningHub, type StartOptions, startHub } from '../../src/hub';
import type { Database } from '../../src/store/database';

/** A config for a hub on a free loopback port (the database comes from the test): the defaults, quieter and faster. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const defaults = loadConfig({});
  return {
    ...defaults,
    host: '127.0.0.1',
    port: 0,
    database: { kind: 'pglite', dataDir: null },
    bodyLimit: '64kb',
    logLevel: 'silent',
    webhooks: { ...defaults.webhooks, pollIntervalMs: 50 },
    ...overrides,
  };
}

/** Starts a real hub over HTTP (silent, unless the test passes a logger to read what it writes). */
export function startTestHub(overrides: Partial<Config> = {}, options: StartOptions & { logger?: Logger } = {}): Promise<RunningHub> {
  const { logger = pino({ level: 'silent' }), ...start } = options;
  return startHub(testConfig(overrides), logger, start);
}

/** A GraphQL answer as tests read it (data shapes vary per query). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLBody = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** POSTs a GraphQL request and answers status and JSON body. */
export async function postGraphQL(url: string, body: unknown, key?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as GraphQLBody };
}

/** The database as a hub may "close" it without closing it (a test restarts hubs over the same data). */
export function keepOpen(database: Database): Database {
  return { ...database, close: async () => undefined };
}

/** Runs a GraphQL operation over HTTP and answers its data, failing the test on any error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call(url: string, query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const { json } = await postGraphQL(url, { query, variables }, key);
  if (json.errors?.length) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** Webhook settings for tests: quick polls and short retry delays. */
export function fastWebhooks(overrides: Partial<WebhookConfig> = {}): WebhookConfig {
  return { ...loadConfig({}).webhooks, pollIntervalMs: 25, retry: { baseDelayMs: 200, maxDelayMs: 2_000, giveUpAfterMs: 86_400_000 }, ...overrides };
}
