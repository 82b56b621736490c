import { loadConfig } from '../src/config';
import { openDatabase } from '../src/store/database';
import { errorText } from '../src/logger';

/** `npm run migrate`: applies pending migrations to the configured database (the hub also does at start-up). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    console.log(`migrations applied (${database.kind})`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`migration failed: ${errorText(err)}`);
  process.exit(1);
});
