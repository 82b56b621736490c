import { regenerateStale } from '../../src/app/variants/regenerate-stale';
import type { Principal } from '../../src/domain/access/principal';
import type { Database } from '../../src/store/database';
import { CreateBrandDocument, CreateCampaignDocument, GenerateVariantsDocument, UpdateMasterMessageDocument } from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';

const OPERATOR: Principal = { keyId: '00000000-0000-7000-8000-000000000003', name: 'test', role: 'ADMIN', brandIds: [] };

describe.each(backends())('regenerating stale variants on %s', (backend) => {
  let database: Database;
  let api: TestApi;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  async function brandWithCampaigns(n: number) {
    const brandId = (await api.ok(CreateBrandDocument, { input: { name: 'Bulk', defaultLocale: 'en' } })).createBrand.id;
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = (await api.ok(CreateCampaignDocument, { input: { brandId, name: `C${i}`, master: MASTERS.en } })).createCampaign.id;
      await api.ok(GenerateVariantsDocument, { input: { campaignId: id, channels: ['TWEET', 'EMAIL'] } });
      ids.push(id);
    }
    return { brandId, ids };
  }
  const editMaster = (campaignId: string) =>
    api.ok(UpdateMasterMessageDocument, { input: { campaignId, expectedVersion: 1, master: { ...MASTERS.en, headline: 'Brightline Bikes, now in Tampere' } } });

  it('should regenerate only the campaigns whose master moved on, and find nothing left afterwards', async () => {
    const { brandId, ids } = await brandWithCampaigns(3);
    await editMaster(ids[0]!);
    await editMaster(ids[2]!);
    const seen: string[] = [];
    const first = await regenerateStale(api.deps, OPERATOR, brandId, (p) => seen.push(p.campaignId));
    expect(first).toEqual({ campaigns: 2, variants: 4, stopped: false });
    expect(seen.sort()).toEqual([ids[0], ids[2]].sort());
    expect(await regenerateStale(api.deps, OPERATOR, brandId)).toEqual({ campaigns: 0, variants: 0, stopped: false });
  });

  it('should stop between campaigns when asked and resume with what is still stale', async () => {
    const { brandId, ids } = await brandWithCampaigns(3);
    for (const id of ids) await editMaster(id);
    let calls = 0;
    const stopped = await regenerateStale(api.deps, OPERATOR, brandId, () => undefined, () => calls++ >= 1);
    expect(stopped).toMatchObject({ campaigns: 1, stopped: true });
    const resumed = await regenerateStale(api.deps, OPERATOR, brandId);
    expect(resumed).toEqual({ campaigns: 2, variants: 4, stopped: false });
  });
});
