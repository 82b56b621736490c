import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../src/store/database';
import { snapshotPath } from './support/pglite-snapshot';

/**
 * Builds one migrated PGlite database and dumps it to a tarball; every suite starts from a copy
 * (a fresh initdb costs seconds, loading the dump well under one).
 */
export default async function globalSetup(): Promise<void> {
  const file = snapshotPath();
  if (fs.existsSync(file)) return;
  const client = await PGlite.create();
  await openPglite(client).migrate();
  const dump = await client.dumpDataDir('gzip');
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(tmp, file);
  await client.close();
}
