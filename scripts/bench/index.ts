import 'reflect-metadata';
import { benchAi } from './ai';
import { benchDrift } from './drift';
import { benchGenerate } from './generate';
import { benchHttp } from './http';
import { benchWebhooks } from './webhooks';

/**
 * `npm run bench [http|drift|generate|webhooks|ai]`: every benchmark (or one), printing its figures. No thresholds are
 * enforced: the targets are printed beside the figures and recorded in the README.
 */
const BENCHES: Record<string, () => Promise<void>> = { http: benchHttp, drift: benchDrift, generate: benchGenerate, webhooks: benchWebhooks, ai: benchAi };

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only && !(only in BENCHES)) throw new Error(`unknown benchmark ${only}; expected one of ${Object.keys(BENCHES).join(', ')}`);
  for (const [name, run] of Object.entries(BENCHES)) if (!only || only === name) await run();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
