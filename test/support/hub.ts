import pino from 'pino';
import { type Config, defaultWebhookConfig, findProjectRoot } from '../../src/config';
import { type RunningHub, type StartOptions, startHub } from '../../src/hub';

/** A config for a hub on a free loopback port (the database comes from the test). */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    database: { kind: 'pglite', dataDir: null },
    bodyLimit: '64kb',
    maxQueryDepth: 10,
    maxQueryComplexity: 1000,
    logLevel: 'silent',
    production: true,
    projectRoot: findProjectRoot(),
    webhooks: { ...defaultWebhookConfig(), pollIntervalMs: 50 },
    ...overrides,
  };
}

/** Starts a real hub over HTTP. */
export function startTestHub(overrides: Partial<Config> = {}, options: StartOptions = {}): Promise<RunningHub> {
  return startHub(testConfig(overrides), pino({ level: 'silent' }), options);
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
