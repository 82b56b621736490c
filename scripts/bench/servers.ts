import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pino from 'pino';
import { createBrand } from '../../src/app/brands';
import { createCampaign, updateMasterMessage } from '../../src/app/campaigns';
import type { Deps } from '../../src/app/deps';
import { generateVariants } from '../../src/app/variants/generate-variants';
import { approveVariant, submitForReview } from '../../src/app/variants/review-variant';
import { loadConfig } from '../../src/config';
import { startHub } from '../../src/hub';
import { DEMO_BRAND, DEMO_CAMPAIGNS } from '../seed-data';
import { OPERATORS } from '../support/operators';

/**
 * Child process of the HTTP benchmark: `bare` serves a plain Apollo Server with `type Query { hello: String }`;
 * `hub` serves the hub (PGlite in memory, or DATABASE_URL) with one seeded campaign of three master versions and
 * five more campaigns whose twenty variants are approved (for `approvedVariants`).
 * Reports its URL (and the campaign id and admin key) to the parent over IPC.
 */
const BENCH_KEY = 'thk_bench-admin-key-0123456789abcdefghijklmnop';
const OPERATOR = OPERATORS.bench;

async function bare(): Promise<string> {
  const apollo = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function hub(databaseUrl: string | undefined): Promise<{ url: string; campaignId: string; brandId: string }> {
  const running = await startHub(
    {
      ...loadConfig({}),
      host: '127.0.0.1',
      port: 0,
      database: databaseUrl ? { kind: 'postgres', url: databaseUrl, poolMax: 10 } : { kind: 'pglite', dataDir: null },
      adminKey: BENCH_KEY,
      bodyLimit: '1mb',
      logLevel: 'silent',
    },
    pino({ level: 'silent' }),
  );
  const deps = running.deps;
  const brand = await createBrand(deps, OPERATOR, DEMO_BRAND);
  const demo = DEMO_CAMPAIGNS[0]!;
  const campaign = await createCampaign(deps, OPERATOR, { brandId: brand.id, name: demo.name, master: demo.master });
  for (const expectedVersion of [1, 2]) {
    await updateMasterMessage(deps, OPERATOR, { campaignId: campaign.id, expectedVersion, master: { ...demo.master, body: `${demo.master.body} (${expectedVersion})` } });
  }
  await approveAll(deps, brand.id);
  return { url: running.url, campaignId: campaign.id, brandId: brand.id };
}

/** Every demo campaign's four variants, generated and approved: what `approvedVariants` serves a CMS. */
async function approveAll(deps: Deps, brandId: string): Promise<void> {
  for (const { name, master } of DEMO_CAMPAIGNS) {
    const campaign = await createCampaign(deps, OPERATOR, { brandId, name, master });
    for (const { variant } of await generateVariants(deps, OPERATOR, { campaignId: campaign.id })) {
      const submitted = await submitForReview(deps, OPERATOR, variant.id);
      await approveVariant(deps, OPERATOR, { variantId: variant.id, expectedRevision: submitted.variant.head.revision, overrideReason: 'benchmark' });
    }
  }
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  const info = kind === 'bare' ? { url: await bare() } : { ...(await hub(process.argv[3])), key: BENCH_KEY };
  process.send?.(info);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
