import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrationsFolder } from '../../src/store/database';

/** Fingerprint of the migrations: a snapshot is reused only while they are unchanged. */
function migrationsHash(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

/** Where the migrated PGlite snapshot of the current migrations lives (a tarball from dumpDataDir). */
export function snapshotPath(): string {
  return path.join(os.tmpdir(), `tonehub-pglite-${migrationsHash()}.tar.gz`);
}
