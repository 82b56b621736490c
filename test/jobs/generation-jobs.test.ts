import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { LoopbackModel, type Reply } from '../../scripts/support/loopback-model';
import type { DatabaseConfig } from '../../src/config';
import { openDatabase } from '../../src/store/database';
import { PgGenerationJobRepository } from '../../src/store/generation-job-repository';
import { MASTERS } from '../fixtures/masters';
import { aiConfig, cleanModel } from '../support/ai';
import { ADMIN_KEY } from '../support/api';
import { type Backend, backends } from '../support/databases';
import { type GraphQLBody, postGraphQL, startTestHub } from '../support/hub';
import { waitFor } from '../support/until';

const CAMPAIGNS = 6;
const JOB_FIELDS = 'id status total done failed error';

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** A database that outlives a hub: a PGlite folder, or a database of its own on the server. */
async function durableDatabase(backend: Backend): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonehub-jobs-'));
    return { config: { kind: 'pglite', dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const base = process.env.TEST_DATABASE_URL as string;
  const name = `tonehub_jobs_${crypto.randomBytes(5).toString('hex')}`;
  await admin(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { config: { kind: 'postgres', url: url.toString(), poolMax: 5 }, drop: () => admin(base, `drop database if exists ${name} with (force)`) };
}

describe.each(backends())('bulk AI generation jobs on %s', (backend) => {
  it('should survive a restart of the hub mid-way and complete every campaign exactly once', async () => {
    const slowModel = (call: Parameters<typeof cleanModel>[0]): Reply => ({ ...(cleanModel(call) as Extract<Reply, { json: unknown }>), delayMs: 250 });
    const model = await LoopbackModel.start(slowModel);
    const db = await durableDatabase(backend);
    const config = { adminKey: ADMIN_KEY, database: db.config, ai: aiConfig(model.baseUrl) };
    try {
      let hub = await startTestHub(config);
      const gql = async (query: string, variables: object = {}): Promise<GraphQLBody['data']> => {
        const { json } = await postGraphQL(hub.url, { query, variables }, ADMIN_KEY);
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        return json.data;
      };
      const brandId = (await gql('mutation { createBrand(input: {name: "Bulk", defaultLocale: "en"}) { id } }')).createBrand.id as string;
      for (let i = 0; i < CAMPAIGNS; i++) {
        await gql('mutation($b: ID!, $m: MasterMessageInput!) { createCampaign(input: {brandId: $b, name: "L", master: $m}) { id } }', { b: brandId, m: MASTERS.en });
      }
      const started = (await gql(`mutation($b: ID!) { startGenerationJob(input: {brandId: $b, channels: [TWEET]}) { ${JOB_FIELDS} } }`, { b: brandId })).startGenerationJob;
      expect(started).toMatchObject({ status: 'QUEUED', total: CAMPAIGNS, done: 0, failed: 0 });
      const job = () => gql(`query($id: ID!) { generationJob(id: $id) { ${JOB_FIELDS} } }`, { id: started.id }).then((d) => d.generationJob);
      const midway = await waitFor(job, (j) => j.done >= 2, 'two campaigns done', 30_000);
      expect(midway.status).toBe('RUNNING');
      await hub.stop();

      const stored = await openDatabase(db.config);
      const paused = await new PgGenerationJobRepository(stored.db).findById(started.id);
      await stored.close();
      expect(paused).toMatchObject({ status: 'QUEUED' });
      expect(paused!.done).toBeLessThan(CAMPAIGNS);

      hub = await startTestHub(config);
      const finished = await waitFor(job, (j) => j.status === 'COMPLETED', 'the job completed', 30_000);
      expect(finished).toMatchObject({ status: 'COMPLETED', total: CAMPAIGNS, done: CAMPAIGNS, failed: 0, error: null });
      const campaigns = (await gql('query($b: ID!) { brand(id: $b) { campaigns(first: 20) { edges { node { variants { channel source } } } } } }', { b: brandId })).brand.campaigns.edges;
      for (const edge of campaigns) expect(edge.node.variants).toEqual([{ channel: 'TWEET', source: 'AI' }]);
      expect(model.calls).toHaveLength(CAMPAIGNS);
      await hub.stop();
    } finally {
      await model.close();
      await db.drop();
    }
  });
});
