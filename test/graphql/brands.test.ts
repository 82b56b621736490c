import { BrandCampaignsDocument, BrandDocument, BrandsDocument, type BrandsQuery, CreateBrandDocument, UpdateToneRulesDocument } from '../generated/graphql';
import { codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import type { Database } from '../../src/store/database';

describe.each(backends())('brands and tone rules on %s', (backend) => {
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

  const newBrand = (name = 'Brightline', toneRules = {}) =>
    api.ok(CreateBrandDocument, { input: { name, defaultLocale: 'en-gb', toneRules } }).then((d) => d.createBrand);

  it('should create a brand with canonical locale, version 1 and default tone rules', async () => {
    const brand = await newBrand('  Brightline  ');
    expect(brand).toMatchObject({ name: 'Brightline', defaultLocale: 'en-GB', version: 1 });
    expect(brand.toneRules).toEqual({
      voice: [],
      bannedTerms: [],
      preferredTerms: [],
      protectedTerms: [],
      maxExclamations: null,
      allowEmoji: true,
      severityOverrides: [],
    });
    const read = await api.ok(BrandDocument, { id: brand.id });
    expect(read.brand?.id).toBe(brand.id);
  });

  it('should update tone rules when the expected version matches, keeping fields not sent', async () => {
    const brand = await newBrand('Rules', { voice: ['warm'], bannedTerms: ['cheap'] });
    const updated = await api.ok(UpdateToneRulesDocument, {
      input: {
        brandId: brand.id,
        expectedVersion: 1,
        toneRules: {
          preferredTerms: [{ use: 'coach', insteadOf: ['trainer'] }],
          maxExclamations: 1,
          severityOverrides: [{ code: 'TONE_VIOLATION', severity: 'OFF' }],
        },
      },
    });
    expect(updated.updateToneRules.version).toBe(2);
    expect(updated.updateToneRules.toneRules).toMatchObject({
      voice: ['warm'],
      bannedTerms: ['cheap'],
      preferredTerms: [{ use: 'coach', insteadOf: ['trainer'] }],
      maxExclamations: 1,
      severityOverrides: [{ code: 'TONE_VIOLATION', severity: 'OFF' }],
    });
  });

  it('should answer VERSION_CONFLICT for an update naming an old version, and keep the newer rules', async () => {
    const brand = await newBrand('Conflict');
    await api.ok(UpdateToneRulesDocument, { input: { brandId: brand.id, expectedVersion: 1, toneRules: { bannedTerms: ['a'] } } });
    const late = await api.run(UpdateToneRulesDocument, { input: { brandId: brand.id, expectedVersion: 1, toneRules: { bannedTerms: ['b'] } } });
    expect(codes(late)).toEqual(['VERSION_CONFLICT']);
    expect(late.errors?.[0]?.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const read = await api.ok(BrandDocument, { id: brand.id });
    expect(read.brand?.toneRules.bannedTerms).toEqual(['a']);
  });

  it('should let exactly one of 20 racing tone-rule updates win', async () => {
    const brand = await newBrand('Race');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.run(UpdateToneRulesDocument, { input: { brandId: brand.id, expectedVersion: 1, toneRules: { voice: [`v${i}`] } } }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap(codes).filter((c) => c === 'VERSION_CONFLICT').length).toBe(19);
  });

  it('should answer NOT_FOUND for unknown and malformed brand ids', async () => {
    for (const id of ['01a20677-2bb1-7175-85e0-1e8992b1b490', 'not-a-uuid', "'; drop table brands; --"]) {
      expect(codes(await api.run(BrandDocument, { id }))).toEqual(['NOT_FOUND']);
      const update = await api.run(UpdateToneRulesDocument, { input: { brandId: id, expectedVersion: 1, toneRules: {} } });
      expect(codes(update)).toEqual(['NOT_FOUND']);
    }
  });

  it('should refuse bad tone rules with BAD_USER_INPUT naming the field', async () => {
    const bad = await api.run(CreateBrandDocument, {
      input: { name: 'X', defaultLocale: 'en', toneRules: { bannedTerms: ['ok', '   '], maxExclamations: -1 } },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const fields = (bad.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['toneRules.bannedTerms', 'toneRules.maxExclamations']));
  });

  it('should page through brands with cursors, without gaps or repeats', async () => {
    const fresh = await freshDatabase(backend);
    const pagingApi = await createTestApi(fresh);
    try {
      for (let i = 0; i < 5; i++) await pagingApi.ok(CreateBrandDocument, { input: { name: `B${i}`, defaultLocale: 'fi' } });
      const seen: string[] = [];
      let after: string | null | undefined = null;
      for (let page = 0; page < 10; page++) {
        const data: BrandsQuery = await pagingApi.ok(BrandsDocument, { first: 2, after });
        seen.push(...data.brands.edges.map((e) => e.node.name));
        if (!data.brands.pageInfo.hasNextPage) break;
        after = data.brands.pageInfo.endCursor;
      }
      expect(seen).toEqual(['B0', 'B1', 'B2', 'B3', 'B4']);
      expect(codes(await pagingApi.run(BrandsDocument, { first: 2, after: 'bogus!' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await pagingApi.run(BrandsDocument, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    } finally {
      await pagingApi.stop();
      await fresh.close();
    }
  });

  it("should page through a brand's campaigns", async () => {
    const brand = await newBrand('Pages');
    const data = await api.ok(BrandCampaignsDocument, { id: brand.id, first: 5 });
    expect(data.brand?.campaigns).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
