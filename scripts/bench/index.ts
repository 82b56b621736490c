import 'reflect-metadata';
import { benchHttp } from './http';
import { benchWebhooks } from './webhooks';

/** `npm run bench`: every benchmark, printing its figures (no thresholds enforced: targets are in the README). */
async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'http') await benchHttp();
  if (!only || only === 'webhooks') await benchWebhooks();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
