import { runGenerationJob } from '../../src/app/ai/run-generation-job';
import type { Database } from '../../src/store/database';
import { MASTERS } from '../fixtures/masters';
import { CreateApiKeyDocument, CreateBrandDocument, GenerationJobDocument, RevokeApiKeyDocument, StartGenerationJobDocument } from '../generated/graphql';
import { startAiWorld, type AiWorld } from '../support/ai';
import { codes } from '../support/api';
import { backends, freshDatabase } from '../support/databases';

describe.each(backends())('starting and reading generation jobs on %s', (backend) => {
  let database: Database;
  let world: AiWorld;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    world = await startAiWorld(database);
  });
  afterAll(async () => {
    await world.api.deps.jobs.queue.stop();
    await world.stop();
    await database.close();
  });

  it('should take every campaign of the brand, in order, when none are named', async () => {
    const ids = [await world.campaign(MASTERS.en), await world.campaign(MASTERS.fi)];
    const job = (await world.api.ok(StartGenerationJobDocument, { input: { brandId: world.brandId } })).startGenerationJob;
    expect(job).toMatchObject({ mode: 'AI', status: 'QUEUED', channels: [], done: 0, failed: 0 });
    expect(job.campaignIds.slice(-2)).toEqual(ids);
    expect((await world.api.ok(GenerationJobDocument, { id: job.id })).generationJob).toMatchObject({ id: job.id, total: job.total });
  });

  it('should answer a stored job even when the queue cannot take it now (a later start enqueues it)', async () => {
    const queue = world.api.deps.jobs.queue;
    const enqueue = queue.enqueue.bind(queue);
    // NOTE: the queue's database being unreachable, simulated at the queue port.
    Object.assign(queue, { enqueue: () => Promise.reject(new Error('queue database unreachable')) });
    try {
      const campaignId = await world.campaign(MASTERS.ru);
      const job = (await world.api.ok(StartGenerationJobDocument, { input: { brandId: world.brandId, campaignIds: [campaignId], mode: 'TEMPLATE' } })).startGenerationJob;
      expect(job.status).toBe('QUEUED');
      expect((await world.api.deps.jobs.repository.unfinished()).map((j) => j.id)).toContain(job.id);
    } finally {
      Object.assign(queue, { enqueue });
    }
  });

  it('should refuse a campaign of another brand and answer NOT_FOUND for unknown jobs', async () => {
    const other = (await world.api.ok(CreateBrandDocument, { input: { name: 'Other', defaultLocale: 'en' } })).createBrand.id;
    const campaignId = await world.campaign(MASTERS.en);
    const refused = await world.api.run(StartGenerationJobDocument, { input: { brandId: other, campaignIds: [campaignId] } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await world.api.run(GenerationJobDocument, { id: 'not-a-job' }))).toEqual(['NOT_FOUND']);
  });

  it("should hide a job from a key limited to another brand, and fail a job whose key was revoked", async () => {
    const other = (await world.api.ok(CreateBrandDocument, { input: { name: 'Elsewhere', defaultLocale: 'en' } })).createBrand.id;
    const outsider = (await world.api.ok(CreateApiKeyDocument, { input: { name: 'outsider', role: 'EDITOR', brandIds: [other] } })).createApiKey;
    const editor = (await world.api.ok(CreateApiKeyDocument, { input: { name: 'editor', role: 'EDITOR' } })).createApiKey;
    const campaignId = await world.campaign(MASTERS.ca);
    const job = (await world.api.ok(StartGenerationJobDocument, { input: { brandId: world.brandId, campaignIds: [campaignId], mode: 'TEMPLATE' } }, editor.key)).startGenerationJob;
    expect(codes(await world.api.run(GenerationJobDocument, { id: job.id }, outsider.key))).toEqual(['NOT_FOUND']);
    await world.api.ok(RevokeApiKeyDocument, { id: editor.apiKey.id });
    await runGenerationJob(world.api.deps, job.id, new AbortController().signal);
    expect((await world.api.ok(GenerationJobDocument, { id: job.id })).generationJob).toMatchObject({ status: 'FAILED', done: 0, error: expect.stringMatching(/revoked/) });
  });

  it('should run a job to completion, campaign by campaign', async () => {
    const campaignId = await world.campaign(MASTERS.kk);
    const job = (await world.api.ok(StartGenerationJobDocument, { input: { brandId: world.brandId, campaignIds: [campaignId], channels: ['TWEET', 'EMAIL'] } })).startGenerationJob;
    await runGenerationJob(world.api.deps, job.id, new AbortController().signal);
    expect((await world.api.ok(GenerationJobDocument, { id: job.id })).generationJob).toMatchObject({ status: 'COMPLETED', done: 1, failed: 0, total: 1 });
    const variants = await world.api.deps.store.variants.listByCampaign(campaignId, {});
    expect(variants.map((v) => [v.channel, v.head.source]).sort()).toEqual([['EMAIL', 'AI'], ['TWEET', 'AI']]);
  });
});
