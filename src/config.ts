import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the hub reads, in one table (README and .env.example mirror it).
 * NOTE: this is the only module that reads process.env; everything else gets a Config.
 */
export const CONFIG_VARS = {
  HOST: 'Address to listen on (default 127.0.0.1)',
  PORT: 'Port to listen on (default 4000)',
  DATABASE_URL: 'postgres://… of a PostgreSQL server; unset: embedded PGlite in HUB_DATA_DIR',
  DATABASE_POOL_MAX: 'Connections in the PostgreSQL pool (default 10)',
  HUB_DATA_DIR: 'Folder of the embedded PGlite database (default ./data)',
  HUB_ADMIN_KEY: 'A secret that becomes a valid ADMIN key at start-up (at least 24 characters)',
  HUB_BODY_LIMIT: 'Largest accepted request body (default 1mb)',
  HUB_MAX_QUERY_DEPTH: 'Deepest accepted GraphQL selection (default 10)',
  HUB_MAX_QUERY_COMPLEXITY: 'Largest accepted query complexity (default 1000)',
  HUB_WEBHOOK_ALLOWED_HOSTS: 'Comma-separated host patterns webhook URLs must match (hooks.example.com, *.example.com); empty: any host',
  HUB_WEBHOOK_POLL_MS: 'How often the webhook worker looks for events and due deliveries, in ms (default 1000)',
  HUB_WEBHOOK_RETRY_BASE_MS: 'First retry delay of a failed webhook delivery, in ms; doubles per attempt (default 10000)',
  HUB_WEBHOOK_RETRY_MAX_MS: 'Longest delay between webhook retries, in ms (default 3600000)',
  HUB_WEBHOOK_RETRY_HOURS: 'How long a webhook delivery is retried before it is marked failed, in hours (default and minimum 24)',
  LOG_LEVEL: 'pino level: fatal, error, warn, info, debug, trace or silent (default info)',
  NODE_ENV: 'production as deployed: Apollo turns introspection off and graphql-js skips its development checks (errors are masked in every mode)',
  OPENAI_API_KEY: 'Key of the OpenAI-compatible API (api.openai.com unless OPENAI_BASE_URL is set); neither set: AI mode is off',
  OPENAI_BASE_URL: 'Base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1 for Ollama (a key is then optional)',
  OPENAI_MODEL: 'Model name (default gpt-4o-mini)',
  OPENAI_TIMEOUT_MS: "Time budget of the model per channel, retries and repairs included (default 30000); then the template is used",
  AI_CONCURRENCY: 'Channels the model writes at the same time, per hub (default 4)',
  AI_MAX_REPAIRS: 'Corrections asked of the model while the drift engine flags its copy (default 2)',
} as const;

/** NOTE: `OPENAI_API_KEY=` (empty, as a copied .env.example may leave it) means unset, not an invalid key. */
const blankAsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === '' ? undefined : v), inner);

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  HUB_DATA_DIR: z.string().min(1).default('./data'),
  HUB_ADMIN_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  HUB_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'like 512kb or 1mb').default('1mb'),
  HUB_MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  HUB_MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(1000),
  HUB_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((h) => h.trim()).filter(Boolean))
    .refine((hosts) => hosts.every((h) => /^(\*\.)?[a-z0-9.-]+$|^\*$|^\[?[0-9a-f:.]+\]?$/i.test(h)), 'host names or *.domain patterns, comma-separated'),
  HUB_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  HUB_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(100).default(10_000),
  HUB_WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(1000).default(3_600_000),
  HUB_WEBHOOK_RETRY_HOURS: z.coerce.number().min(24, 'must be at least 24 (the contract promises a day of retries)').default(24),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  OPENAI_API_KEY: blankAsUnset(z.string().optional()),
  OPENAI_BASE_URL: blankAsUnset(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  AI_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  AI_MAX_REPAIRS: z.coerce.number().int().min(0).max(10).default(2),
});

/**
 * The optional AI path: an OpenAI-compatible endpoint. AI mode is on when a key or a base URL is set
 * (`enabled`); the other fields have defaults either way.
 */
export interface AiConfig {
  readonly enabled: boolean;
  readonly apiKey?: string;
  readonly baseUrl?: string;
  readonly model: string;
  /** The whole budget of one channel: every call, retry and repair. */
  readonly timeoutMs: number;
  /** Channels written by the model at the same time (per hub). */
  readonly concurrency: number;
  /** Corrections asked after the first answer while it drifts. */
  readonly maxRepairs: number;
}

/** Where the database lives: a PostgreSQL server, or an embedded PGlite folder (`null`: in memory, tests only). */
export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number }
  | { readonly kind: 'pglite'; readonly dataDir: string | null };

/** The webhook worker: where it may deliver, how often it looks, and how it retries. */
export interface WebhookConfig {
  /** Host patterns webhook URLs must match; empty: any. */
  readonly allowedHosts: readonly string[];
  readonly pollIntervalMs: number;
  /** Per request (the contract: a 2xx within 10 s). */
  readonly timeoutMs: number;
  /** How long a claimed delivery stays locked to one hub; must exceed `timeoutMs`. */
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly retry: { readonly baseDelayMs: number; readonly maxDelayMs: number; readonly giveUpAfterMs: number };
}

/** The validated, frozen configuration of one hub process. */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly adminKey?: string;
  readonly bodyLimit: string;
  readonly maxQueryDepth: number;
  readonly maxQueryComplexity: number;
  readonly logLevel: string;
  readonly webhooks: WebhookConfig;
  readonly projectRoot: string;
  /** The model, if any (`enabled` false: AI mode off). */
  readonly ai: AiConfig;
}

/** The repository root (the folder holding package.json), from src/ under jest or dist/src at runtime. */
export function findProjectRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Thrown at start-up for a bad environment; names every offending variable. */
export class ConfigError extends Error {}

/** Reads and validates the environment (and `.env` in the project root, if present) once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const projectRoot = findProjectRoot();
  const dotenv = path.join(projectRoot, '.env');
  if (env === process.env && fs.existsSync(dotenv)) process.loadEnvFile(dotenv);
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return Object.freeze({
    host: c.HOST,
    port: c.PORT,
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL, poolMax: c.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: path.resolve(c.HUB_DATA_DIR) },
    adminKey: c.HUB_ADMIN_KEY,
    bodyLimit: c.HUB_BODY_LIMIT,
    maxQueryDepth: c.HUB_MAX_QUERY_DEPTH,
    maxQueryComplexity: c.HUB_MAX_QUERY_COMPLEXITY,
    logLevel: c.LOG_LEVEL,
    webhooks: {
      allowedHosts: c.HUB_WEBHOOK_ALLOWED_HOSTS,
      pollIntervalMs: c.HUB_WEBHOOK_POLL_MS,
      timeoutMs: 10_000,
      leaseMs: 60_000,
      batchSize: 10,
      retry: { baseDelayMs: c.HUB_WEBHOOK_RETRY_BASE_MS, maxDelayMs: c.HUB_WEBHOOK_RETRY_MAX_MS, giveUpAfterMs: c.HUB_WEBHOOK_RETRY_HOURS * 3_600_000 },
    },
    projectRoot,
    ai: Object.freeze({
      enabled: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL),
      apiKey: c.OPENAI_API_KEY,
      baseUrl: c.OPENAI_BASE_URL,
      model: c.OPENAI_MODEL,
      timeoutMs: c.OPENAI_TIMEOUT_MS,
      concurrency: c.AI_CONCURRENCY,
      maxRepairs: c.AI_MAX_REPAIRS,
    }),
  } satisfies Config);
}
