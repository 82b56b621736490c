import { CampaignDocument, CreateBrandDocument, CreateCampaignDocument, type MasterMessageInput, UpdateMasterMessageDocument } from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import type { Database } from '../../src/store/database';

describe.each(backends())('campaigns and master versions on %s', (backend) => {
  let database: Database;
  let api: TestApi;
  let brandId: string;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
    brandId = (await api.ok(CreateBrandDocument, { input: { name: 'Launches', defaultLocale: 'en' } })).createBrand.id;
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  const newCampaign = async (master: MasterMessageInput = MASTERS.en) =>
    (await api.ok(CreateCampaignDocument, { input: { brandId, name: 'Launch', master } })).createCampaign;

  it.each(Object.entries(MASTERS))('should store a %s master as version 1, exactly as sent', async (_locale, master) => {
    const campaign = await newCampaign(master);
    expect(campaign.brand.id).toBe(brandId);
    expect(campaign.master).toMatchObject({ ...master, version: 1 });
  });

  it('should keep every master version, oldest first, when the master is updated', async () => {
    const campaign = await newCampaign();
    const v2 = { ...MASTERS.en, body: `${MASTERS.en.body} Now in Tampere too.` };
    const updated = await api.ok(UpdateMasterMessageDocument, { input: { campaignId: campaign.id, expectedVersion: 1, master: v2 } });
    expect(updated.updateMasterMessage.master).toMatchObject({ version: 2, body: v2.body });
    const read = await api.ok(CampaignDocument, { id: campaign.id });
    expect(read.campaign?.masterHistory.map((m) => [m.version, m.body])).toEqual([
      [1, MASTERS.en.body],
      [2, v2.body],
    ]);
  });

  it('should answer VERSION_CONFLICT to an editor who started from an old version, losing nobody\'s edit', async () => {
    const campaign = await newCampaign();
    const first = { ...MASTERS.en, headline: 'First editor' };
    await api.ok(UpdateMasterMessageDocument, { input: { campaignId: campaign.id, expectedVersion: 1, master: first } });
    const late = await api.run(UpdateMasterMessageDocument, {
      input: { campaignId: campaign.id, expectedVersion: 1, master: { ...MASTERS.en, headline: 'Second editor' } },
    });
    expect(codes(late)).toEqual(['VERSION_CONFLICT']);
    const read = await api.ok(CampaignDocument, { id: campaign.id });
    expect(read.campaign?.master.headline).toBe('First editor');
    expect(read.campaign?.masterHistory).toHaveLength(2);
  });

  it('should let exactly one of 20 concurrent updates of the same version win', async () => {
    const campaign = await newCampaign();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.run(UpdateMasterMessageDocument, {
          input: { campaignId: campaign.id, expectedVersion: 1, master: { ...MASTERS.en, headline: `Editor ${i}` } },
        }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(Array(19).fill('VERSION_CONFLICT'));
    const read = await api.ok(CampaignDocument, { id: campaign.id });
    expect(read.campaign?.masterHistory.map((m) => m.version)).toEqual([1, 2]);
    expect(read.campaign?.master.headline).toBe(winners[0]?.data?.updateMasterMessage.master.headline);
  });

  it.each([
    ['a javascript: URL', { callToAction: { text: 'Go', url: 'javascript:alert(1)' } }, 'callToAction.url'],
    ['a relative URL', { callToAction: { text: 'Go', url: '/plus' } }, 'callToAction.url'],
    ['no key facts', { keyFacts: [] }, 'keyFacts'],
    ['eleven key facts', { keyFacts: Array.from({ length: 11 }, (_, i) => `fact ${i}`) }, 'keyFacts'],
    ['a key fact over 200 characters', { keyFacts: ['x'.repeat(201)] }, 'keyFacts'],
    ['a blank headline', { headline: '   ' }, 'headline'],
    ['a made-up locale', { locale: 'xx' }, 'locale'],
    ['a malformed locale', { locale: 'english' }, 'locale'],
    ['a NUL character', { body: 'a\u0000b' }, 'body'],
  ])('should refuse a master with %s as BAD_USER_INPUT naming the field', async (_what, patch, field) => {
    const result = await api.run(CreateCampaignDocument, { input: { brandId, name: 'Bad', master: { ...MASTERS.en, ...patch } } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields.some((f) => f.startsWith(`master.${field}`))).toBe(true);
  });

  it('should refuse a repeated key fact in the domain check, naming it', async () => {
    const result = await api.run(CreateCampaignDocument, {
      input: { brandId, name: 'Dup', master: { ...MASTERS.en, keyFacts: ['€39 a month', '€39 A MONTH'] } },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'master.keyFacts[1]', fields: [{ field: 'master.keyFacts[1]', message: expect.any(String) }] });
  });

  it('should answer NOT_FOUND for a campaign of an unknown brand and for unknown campaigns', async () => {
    const unknown = '01a20677-2bb1-7175-85e0-1e8992b1b490';
    expect(codes(await api.run(CreateCampaignDocument, { input: { brandId: unknown, name: 'X', master: MASTERS.en } }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.run(CampaignDocument, { id: unknown }))).toEqual(['NOT_FOUND']);
    const update = await api.run(UpdateMasterMessageDocument, { input: { campaignId: 'nope', expectedVersion: 1, master: MASTERS.en } });
    expect(codes(update)).toEqual(['NOT_FOUND']);
  });
});
