import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createBrand } from '../../src/app/brands';
import { createCampaign, updateMasterMessage } from '../../src/app/campaigns';
import { createWebhook } from '../../src/app/webhooks/manage-webhooks';
import { loadConfig } from '../../src/config';
import { startHub } from '../../src/hub';
import { DEMO_BRAND, DEMO_CAMPAIGNS } from '../seed-data';
import { OPERATORS } from '../support/operators';
import { serverDatabase } from './server-database';

/**
 * `npm run bench -- webhooks`: how fast one hub turns committed master changes into delivered webhooks.
 * EVENTS changes are committed back to back; the figure is events received by a loopback receiver per second,
 * from the first commit to the last delivery (worker polling every 20 ms, 10 deliveries in flight).
 */
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 300);
const OPERATOR = OPERATORS.bench;

async function receiver(): Promise<{ url: string; received: () => number; close: () => void }> {
  let count = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/in`, received: () => count, close: () => server.close() };
}

async function run(label: string, databaseUrl: string | undefined): Promise<void> {
  const database = databaseUrl ? { kind: 'postgres' as const, url: databaseUrl, poolMax: 10 } : { kind: 'pglite' as const, dataDir: null };
  const defaults = loadConfig({});
  const config = { ...defaults, host: '127.0.0.1', port: 0, database, bodyLimit: '1mb', logLevel: 'silent', webhooks: { ...defaults.webhooks, pollIntervalMs: 20 } };
  const hub = await startHub(config, pino({ level: 'silent' }));
  const sink = await receiver();
  try {
    const deps = hub.deps;
    const brand = await createBrand(deps, OPERATOR, DEMO_BRAND);
    const demo = DEMO_CAMPAIGNS[0]!;
    const campaign = await createCampaign(deps, OPERATOR, { brandId: brand.id, name: demo.name, master: demo.master });
    await createWebhook(deps, OPERATOR, { url: sink.url, events: ['MASTER_UPDATED'], brandId: brand.id });
    const started = performance.now();
    for (let v = 1; v <= EVENTS; v++) {
      await updateMasterMessage(deps, OPERATOR, { campaignId: campaign.id, expectedVersion: v, master: { ...demo.master, body: `${demo.master.body} (${v})` } });
    }
    const committed = performance.now() - started;
    while (sink.received() < EVENTS) await new Promise((r) => setTimeout(r, 5));
    const total = (performance.now() - started) / 1000;
    console.log(`${`webhooks on ${label}`.padEnd(44)} ${(EVENTS / total).toFixed(0).padStart(6)} events/s delivered   (${EVENTS} commits took ${(committed / 1000).toFixed(2)} s, all delivered after ${total.toFixed(2)} s)`);
  } finally {
    sink.close();
    await hub.stop();
  }
}

/** Runs the webhook benchmark on PGlite and on a fresh database of the PostgreSQL server (see server-database.ts). */
export async function benchWebhooks(): Promise<void> {
  console.log(`\n## Webhooks: ${EVENTS} MASTER_UPDATED events, one hub, loopback receiver answering 204`);
  await run('PGlite (in memory)', undefined);
  const server = await serverDatabase('webhooks');
  if (!server) return;
  try {
    await run('PostgreSQL server', server.url);
  } finally {
    await server.drop();
  }
}
