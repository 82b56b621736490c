import crypto from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase, openPglite } from '../../src/store/database';
import { snapshotPath } from './pglite-snapshot';

/** The storage backends a suite runs on: PGlite always; the PostgreSQL server when TEST_DATABASE_URL is set. */
export type Backend = 'pglite' | 'postgres';

export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated in-memory PGlite cloned from the snapshot global-setup built. */
export async function freshPglite(): Promise<Database> {
  const blob = new Blob([fs.readFileSync(snapshotPath())]);
  const database = openPglite(await PGlite.create({ loadDataDir: blob }));
  await database.migrate();
  return database;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own on the TEST_DATABASE_URL server, dropped again on close. */
export async function freshPostgres(): Promise<Database> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `tonehub_t_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 10 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(base, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A fresh database on the given backend. */
export function freshDatabase(backend: Backend): Promise<Database> {
  return backend === 'pglite' ? freshPglite() : freshPostgres();
}
