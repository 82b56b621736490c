import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createDeps } from '../src/hub';
import { openDatabase } from '../src/store/database';
import { apiKeyCli } from './apikey-cli';
import { errorText } from '../src/logger';

/**
 * `npm run apikey -- create|revoke|list …` against the configured database (DATABASE_URL or HUB_DATA_DIR).
 * NOTE: embedded PGlite serves one process at a time: stop the hub first, or create keys through the API.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  let code: number;
  try {
    await database.migrate();
    const deps = await createDeps(database, undefined, config.webhooks.allowedHosts);
    code = await apiKeyCli(process.argv.slice(2), deps, (line) => console.log(line));
  } finally {
    await database.close();
  }
  process.exit(code);
}

main().catch((err: unknown) => {
  console.error(`apikey failed: ${errorText(err)}`);
  process.exit(1);
});
