import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { regenerateStale } from '../src/app/variants/regenerate-stale';
import { loadConfig } from '../src/config';
import { createDeps } from '../src/hub';
import { openDatabase } from '../src/store/database';
import { OPERATORS } from './support/operators';
import { errorText } from '../src/logger';

const OPERATOR = OPERATORS.regenerate;

function brandArg(argv: readonly string[]): string {
  const i = argv.indexOf('--brand');
  const id = i >= 0 ? argv[i + 1] : undefined;
  if (!id) {
    console.error('usage: npm run regenerate -- --brand <brand id>');
    process.exit(2);
  }
  return id;
}

/**
 * `npm run regenerate -- --brand <id>`: regenerates the stale variants of every campaign of a brand, with a
 * progress bar. Ctrl-C stops after the current campaign; running it again resumes with what is still stale.
 */
async function main(): Promise<void> {
  const brandId = brandArg(process.argv.slice(2));
  const database = await openDatabase(loadConfig().database);
  let stop = false;
  process.on('SIGINT', () => (stop = true));
  process.on('SIGTERM', () => (stop = true));
  const bar = new SingleBar({ format: 'regenerating {bar} {value}/{total} campaigns | {eta_formatted} left', hideCursor: true });
  try {
    await database.migrate();
    const deps = await createDeps(database);
    let started = false;
    const result = await regenerateStale(
      deps,
      OPERATOR,
      brandId,
      (p) => {
        if (!started) bar.start(p.total, 0);
        started = true;
        bar.update(p.done);
      },
      () => stop,
    );
    bar.stop();
    if (result.stopped) console.log(`stopped after ${result.campaigns} campaigns; run the same command again to resume`);
    else console.log(`regenerated ${result.variants} variants in ${result.campaigns} campaigns`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`regenerate failed: ${errorText(err)}`);
  process.exit(1);
});
