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
  LOG_LEVEL: 'pino level: fatal, error, warn, info, debug, trace or silent (default info)',
  NODE_ENV: 'production hides error details from responses (they are masked in every mode)',
} as const;

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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

/** Where the database lives: a PostgreSQL server, or an embedded PGlite folder (`null`: in memory, tests only). */
export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number }
  | { readonly kind: 'pglite'; readonly dataDir: string | null };

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
  readonly production: boolean;
  readonly projectRoot: string;
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
    production: c.NODE_ENV === 'production',
    projectRoot,
  } satisfies Config);
}
