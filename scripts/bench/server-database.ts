import pg from 'pg';

/**
 * A fresh database for a benchmark on the PostgreSQL server (BENCH_DATABASE_URL, default the local one), or
 * undefined, with a note, when no server answers.
 */
export async function serverDatabase(tag: string): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tonehub_bench_${tag}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (err) {
    console.log(`(no PostgreSQL server at ${base}: ${(err as Error).message}; server figures skipped)`);
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { url: url.toString(), drop };
}
