import {
  CheckDriftDocument,
  CreateBrandDocument,
  CreateCampaignDocument,
  GenerateVariantsDocument,
  SetChannelTemplateDocument,
  UpdateVariantDocument,
} from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { codes, createTestApi, type TestApi } from '../support/api';
import { freshPglite } from '../support/databases';
import type { Database } from '../../src/store/database';

describe('template overrides and the stateless drift check', () => {
  let database: Database;
  let api: TestApi;
  let brandId: string;

  beforeAll(async () => {
    database = await freshPglite();
    api = await createTestApi(database);
    brandId = (await api.ok(CreateBrandDocument, { input: { name: 'Overrides', defaultLocale: 'en' } })).createBrand.id;
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  const campaign = async () => (await api.ok(CreateCampaignDocument, { input: { brandId, name: 'T', master: MASTERS.en } })).createCampaign.id;

  it('should refuse a template with a syntax error as BAD_USER_INPUT naming template, locale and line', async () => {
    const source = 'Hello\n{{#if master.headline}}\nno closing tag';
    const result = await api.run(SetChannelTemplateDocument, { input: { brandId, channel: 'TWEET', locale: 'en', source } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const error = result.errors![0]!;
    expect(error.message).toMatch(/TWEET\/text/);
    expect(error.message).toMatch(/locale en/);
    expect(error.extensions).toMatchObject({ channel: 'TWEET', locale: 'en' });
    expect(typeof error.extensions?.line).toBe('number');
  });

  it('should version overrides and use them when generating', async () => {
    const source = '{{master.headline}} · {{#each master.keyFacts}}{{this}} · {{/each}}{{master.callToAction.url}}';
    const v1 = (await api.ok(SetChannelTemplateDocument, { input: { brandId, channel: 'TWEET', locale: 'en', source, expectedVersion: 0 } })).setChannelTemplate;
    expect(v1).toMatchObject({ section: 'text', version: 1 });
    const conflict = await api.run(SetChannelTemplateDocument, { input: { brandId, channel: 'TWEET', locale: 'en', source, expectedVersion: 0 } });
    expect(codes(conflict)).toEqual(['VERSION_CONFLICT']);
    const [tweet] = (await api.ok(GenerateVariantsDocument, { input: { campaignId: await campaign(), channels: ['TWEET'] } })).generateVariants;
    expect(tweet!.content.text).toContain(' · €39 a month · ');
    await api.ok(SetChannelTemplateDocument, { input: { brandId, channel: 'TWEET', locale: 'en', source: '' } });
    const [plain] = (await api.ok(GenerateVariantsDocument, { input: { campaignId: await campaign(), channels: ['TWEET'] } })).generateVariants;
    expect(plain!.content.text).not.toContain(' · €39 a month · ');
  });

  it('should answer NOT_FOUND for an unknown brand and BAD_USER_INPUT for an unknown section, even when removing', async () => {
    const unknown = await api.run(SetChannelTemplateDocument, { input: { brandId: 'nope', channel: 'EMAIL', locale: 'en', source: 'x' } });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const section = await api.run(SetChannelTemplateDocument, { input: { brandId, channel: 'EMAIL', locale: 'en', section: 'footer', source: 'x' } });
    expect(codes(section)).toEqual(['BAD_USER_INPUT']);
    const removal = await api.run(SetChannelTemplateDocument, { input: { brandId, channel: 'EMAIL', locale: 'en', section: 'footer', source: '' } });
    expect(codes(removal)).toEqual(['BAD_USER_INPUT']);
  });

  it('should keep using the brand\'s overrides when a person edits the copy', async () => {
    const source = '<article class="house">{{markdown sections.body}}</article>';
    await api.ok(SetChannelTemplateDocument, { input: { brandId, channel: 'BLOG_POST', locale: 'en', section: 'html', source } });
    const [post] = (await api.ok(GenerateVariantsDocument, { input: { campaignId: await campaign(), channels: ['BLOG_POST'] } })).generateVariants;
    expect(post!.content.html).toContain('class="house"');
    const { title, body } = post!.content;
    const edited = (await api.ok(UpdateVariantDocument, { input: { variantId: post!.id, expectedRevision: post!.revision, content: { title, body: `${body}\n\nOne more line.` } } })).updateVariant;
    expect(edited.content.html).toContain('class="house"');
    expect(edited.content.html).toContain('One more line.');
  });

  it('should check copy without storing it, with the same codes as stored variants', async () => {
    const clean = await api.ok(CheckDriftDocument, {
      input: { channel: 'TWEET', master: MASTERS.en, content: { text: `Brightline e-bikes: €39 a month, repairs and theft insurance included, cancel with 30 days notice. ${MASTERS.en.callToAction.url}` } },
    });
    expect(clean.checkDrift).toMatchObject({ drifted: false, flags: [] });
    expect(clean.checkDrift.score).toBeGreaterThan(0.9);
    const drifted = await api.ok(CheckDriftDocument, {
      input: { channel: 'TWEET', master: MASTERS.en, toneRules: { bannedTerms: ['cheap'] }, content: { text: 'Cheap Brightline e-bikes for €29 a month!' } },
    });
    expect(drifted.checkDrift.drifted).toBe(true);
    expect(drifted.checkDrift.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['BANNED_TERM', 'FACT_MISMATCH', 'MISSING_CTA']));
  });

  it.each([
    ['empty copy', { text: '   ' }, 'content.text'],
    ['no copy at all', {}, 'content.text'],
  ])('should refuse %s for a channel with BAD_USER_INPUT naming the field', async (_what, content, field) => {
    const result = await api.run(CheckDriftDocument, { input: { channel: 'TWEET', master: MASTERS.en, content } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('should refuse copy over the size limit with a clear limit error', async () => {
    const result = await api.run(CheckDriftDocument, { input: { channel: 'BLOG_POST', master: MASTERS.en, content: { title: 'T', body: 'word '.repeat(22_000) } } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/limit|at most/i);
  });
});
