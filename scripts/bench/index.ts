import { benchHttp } from './http';

/** `npm run bench`: every benchmark, printing its figures (no thresholds enforced: targets are in the README). */
async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'http') await benchHttp();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
