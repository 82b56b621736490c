import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { serverDatabase } from './server-database';

/**
 * `npm run bench` (HTTP part): a bare Apollo Server on `{ hello }` against the hub on
 * `campaign(id) { master { … } masterHistory { version } }`, autocannon with 10 connections for 10 s each,
 * servers in child processes; on PGlite and on the PostgreSQL server (BENCH_DATABASE_URL, default the local one).
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CAMPAIGN_QUERY =
  'query($id: ID!) { campaign(id: $id) { id name master { version locale headline body callToAction { text url } keyFacts createdAt } masterHistory { version } } }';

const DELIVERY_QUERY =
  'query($b: ID!) { approvedVariants(brandId: $b, first: 20) { edges { cursor node { id channel locale revision stale updatedAt content { text subject title body caption slides } } } pageInfo { hasNextPage endCursor } } }';

interface ServerInfo {
  url: string;
  campaignId?: string;
  brandId?: string;
  key?: string;
}

function startServer(args: string[]): Promise<{ child: ChildProcess; info: ServerInfo }> {
  // NOTE: NODE_ENV=production as a deployed hub runs (graphql-js skips its development-only checks).
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = fork(path.join(__dirname, 'servers.js'), args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (info) => resolve({ child, info: info as ServerInfo }));
    child.once('exit', (code) => reject(new Error(`bench server ${args.join(' ')} exited with ${code}`)));
  });
}

async function load(url: string, body: object, key?: string) {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: 10,
    duration: DURATION,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

function line(label: string, r: { rps: number; p99: number }) {
  return `${label.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s   p99 ${String(r.p99).padStart(3)} ms`;
}

/**
 * Runs the HTTP benchmark and prints its lines.
 * NOTE: on a shared machine absolute rates drift from minute to minute, so each hub run is framed by a bare
 * run before and after it, and its ratio is taken against their mean: figures compared in one window.
 */
export async function benchHttp(): Promise<void> {
  console.log(`\n## HTTP: autocannon, 10 connections, ${DURATION} s each (servers in child processes)`);
  const bare = await startServer(['bare']);
  const hello = () => load(bare.info.url, { query: '{ hello }' });
  const server = await serverDatabase('http');
  const backends: Array<[string, string[]]> = [['PGlite (in memory)', ['hub']], ...(server ? [['PostgreSQL server', ['hub', server.url]] as [string, string[]]] : [])];
  try {
    for (const [label, args] of backends) {
      const hub = await startServer(args);
      const before = await hello();
      const result = await load(hub.info.url, { query: CAMPAIGN_QUERY, variables: { id: hub.info.campaignId } }, hub.info.key);
      const after = await hello();
      const baseline = { rps: (before.rps + after.rps) / 2, p99: Math.max(before.p99, after.p99) };
      console.log(line('bare Apollo Server, { hello } (before/after)', baseline));
      console.log(`${line(`hub on ${label}, campaign(id) + history`, result)}   ratio ${(result.rps / baseline.rps).toFixed(2)} (target ≥ 0.60)`);
      const delivery = await load(hub.info.url, { query: DELIVERY_QUERY, variables: { b: hub.info.brandId } }, hub.info.key);
      hub.child.kill();
      console.log(line(`hub on ${label}, approvedVariants(first: 20)`, delivery));
    }
  } finally {
    bare.child.kill();
    await server?.drop();
  }
}
