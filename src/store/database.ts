import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DatabaseConfig, findProjectRoot } from '../config';
import * as schema from './schema';

/** The drizzle handle every repository uses: the same type over PGlite and over node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database: one of the two drivers behind one drizzle type. */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly db: Db;
  /** The server's URL (postgres only): other connections, such as the cache listener, open their own. */
  readonly url?: string;
  /** Applies pending migrations (idempotent; serialised across processes on a server). */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Waits for running queries, then closes cleanly (PGlite flushes its folder). */
  close(): Promise<void>;
}

/** The committed SQL migrations (read from the repository, so the same folder serves src/ and dist/). */
export const migrationsFolder = path.join(findProjectRoot(), 'src', 'store', 'migrations');

/** An arbitrary, fixed key for the advisory lock that serialises migrations of hubs starting together. */
const MIGRATION_LOCK = 7_470_061;

/** Opens PGlite (a data folder, or memory when `dataDir` is null) or a pool to a PostgreSQL server. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'postgres' ? openPostgres(config.url, config.poolMax) : openPglite(await PGlite.create(config.dataDir ?? undefined));
}

/** Wraps an already created PGlite instance (tests clone one migrated snapshot per suite). */
export function openPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: async () => {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    },
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

function openPostgres(url: string, poolMax: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5000 });
  // NOTE: an idle client losing its connection emits 'error' on the pool; without a listener it would crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    url,
    migrate: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        await client.end();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}
