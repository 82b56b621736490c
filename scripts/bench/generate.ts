import { performance } from 'node:perf_hooks';
import { createBrand } from '../../src/app/brands';
import { createCampaign, updateMasterMessage } from '../../src/app/campaigns';
import type { Deps } from '../../src/app/deps';
import { reportFor } from '../../src/app/variants/variant-report';
import { generateVariants } from '../../src/app/variants/generate-variants';
import { regenerateStale } from '../../src/app/variants/regenerate-stale';
import type { Brand } from '../../src/domain/brand/brand';
import { CHANNELS } from '../../src/domain/channel/channel';
import { createDeps, loadTools } from '../../src/hub';
import { type Database, openDatabase } from '../../src/store/database';
import { DEMO_BRAND, DEMO_CAMPAIGNS } from '../seed-data';
import { serverDatabase } from './server-database';
import { OPERATORS } from '../support/operators';

const OPERATOR = OPERATORS.bench;
const CAMPAIGNS = Number(process.env.BENCH_CAMPAIGNS ?? 10_000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)] ?? 0;

/** Render + check all four channels of each demo master, in process, without storage. */
async function inProcess(): Promise<void> {
  const tools = await loadTools();
  const brand: Brand = { id: 'b', name: DEMO_BRAND.name, defaultLocale: 'en', toneRules: DEMO_BRAND.toneRules as Brand['toneRules'], version: 1, requireDistinctApprover: false, createdAt: new Date(), updatedAt: new Date() };
  const deps = { ...tools, clock: { now: () => new Date() } } as unknown as Deps;
  const times: number[] = [];
  for (let round = 0; round < 200; round++) {
    for (const { master: draft } of DEMO_CAMPAIGNS) {
      const master = { ...draft, version: 1, createdAt: new Date() };
      const start = performance.now();
      for (const channel of CHANNELS) {
        const { content } = await tools.renderer.render({ channel, locale: master.locale, master, brandName: brand.name });
        reportFor(deps, { channel, content, masterVersion: 1 }, master, brand);
      }
      times.push(performance.now() - start);
    }
  }
  console.log(`generate 4 variants + drift checks, in process: median ${median(times).toFixed(2)} ms, p99 ${p99(times).toFixed(2)} ms per campaign (target median < 10 ms; ${times.length} campaigns)`);
}

/** Seeds `n` campaigns with four variants each, changes every master, then times `regenerateStale`. */
async function regenerate(label: string, database: Database): Promise<void> {
  await database.migrate();
  const deps = await createDeps(database);
  const brand = await createBrand(deps, OPERATOR, DEMO_BRAND);
  const seedStart = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < CAMPAIGNS; i++) {
    const demo = DEMO_CAMPAIGNS[i % DEMO_CAMPAIGNS.length]!;
    const campaign = await createCampaign(deps, OPERATOR, { brandId: brand.id, name: `${demo.name} #${i}`, master: demo.master });
    await generateVariants(deps, OPERATOR, { campaignId: campaign.id });
    ids.push(campaign.id);
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  for (const [i, id] of ids.entries()) {
    const demo = DEMO_CAMPAIGNS[i % DEMO_CAMPAIGNS.length]!;
    await updateMasterMessage(deps, OPERATOR, { campaignId: id, expectedVersion: 1, master: { ...demo.master, headline: `${demo.master.headline} (v2)` } });
  }
  const start = performance.now();
  const result = await regenerateStale(deps, OPERATOR, brand.id);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `regenerate on ${label.padEnd(18)} ${result.campaigns} campaigns, ${result.variants} variants in ${seconds.toFixed(1)} s ` +
      `(${(result.campaigns / seconds).toFixed(0)} campaigns/s; first generation took ${seedSeconds.toFixed(1)} s)`,
  );
}

/** Prints the generation benchmark lines. */
export async function benchGenerate(): Promise<void> {
  console.log(`\n## Generation (templates + drift checks); bulk regeneration of ${CAMPAIGNS} campaigns (BENCH_CAMPAIGNS)`);
  await inProcess();
  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  await regenerate('PGlite (in memory)', pglite).finally(() => pglite.close());
  const server = await serverDatabase('gen');
  if (!server) return;
  const database = await openDatabase({ kind: 'postgres', url: server.url, poolMax: 10 });
  await regenerate('PostgreSQL server', database).finally(async () => {
    await database.close();
    await server.drop();
  });
}
