import {
  CampaignVariantsDocument,
  CreateBrandDocument,
  CreateCampaignDocument,
  GenerateVariantsDocument,
  type MasterMessageInput,
  UpdateMasterMessageDocument,
  UpdateVariantDocument,
  type VariantFieldsFragment,
} from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import type { Database } from '../../src/store/database';

const URL_PATTERN = /https?:\/\/|www\./i;

describe.each(backends())('channel variants on %s', (backend) => {
  let database: Database;
  let api: TestApi;
  let brandId: string;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
    const toneRules = { maxExclamations: 1, allowEmoji: false, protectedTerms: ['Brightline'] };
    brandId = (await api.ok(CreateBrandDocument, { input: { name: 'Variants', defaultLocale: 'en', toneRules } })).createBrand.id;
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  async function campaignWith(master: MasterMessageInput) {
    return (await api.ok(CreateCampaignDocument, { input: { brandId, name: 'Launch', master } })).createCampaign.id;
  }
  const generate = async (campaignId: string, channels?: Array<'TWEET' | 'EMAIL' | 'BLOG_POST' | 'INSTAGRAM_CAROUSEL'>) =>
    (await api.ok(GenerateVariantsDocument, { input: { campaignId, channels } })).generateVariants;
  const allText = (v: VariantFieldsFragment) => JSON.stringify({ ...v.content, html: undefined });

  describe.each(Object.entries(MASTERS))('for a %s master', (_locale, master) => {
    let variants: VariantFieldsFragment[];
    beforeAll(async () => {
      variants = await generate(await campaignWith(master));
    });

    it('should generate all four channels as fresh template drafts', () => {
      expect(variants.map((v) => v.channel).sort()).toEqual(['BLOG_POST', 'EMAIL', 'INSTAGRAM_CAROUSEL', 'TWEET']);
      for (const v of variants) expect(v).toMatchObject({ status: 'DRAFT', source: 'TEMPLATE', masterVersion: 1, stale: false, revision: 1, locale: master.locale });
    });

    it("should not be flagged by the hub's own drift check", () => {
      for (const v of variants) {
        expect({ channel: v.channel, flags: v.drift.flags.filter((f) => f.severity !== 'SUGGESTION') }).toEqual({ channel: v.channel, flags: [] });
        expect(v.drift.drifted).toBe(false);
      }
    });

    it('should carry every key fact, the CTA URL where links work, and no URL on Instagram', () => {
      for (const v of variants) {
        for (const fact of master.keyFacts) expect(allText(v)).toContain(fact);
        if (v.channel === 'INSTAGRAM_CAROUSEL') expect(allText(v)).not.toMatch(URL_PATTERN);
        else expect(allText(v)).toContain(master.callToAction.url);
      }
    });

    it('should render HTML for email and blog posts', () => {
      for (const v of variants.filter((x) => x.channel === 'EMAIL' || x.channel === 'BLOG_POST')) expect(v.content.html).toMatch(/<\/?[a-z]+/);
    });
  });

  it('should mark variants stale with STALE_MASTER after a master edit, and regenerate fresh ones in place', async () => {
    const campaignId = await campaignWith(MASTERS.fi);
    const first = await generate(campaignId);
    await api.ok(UpdateMasterMessageDocument, {
      input: { campaignId, expectedVersion: 1, master: { ...MASTERS.fi, keyFacts: ['avautuu 2.5.', 'kertalippu 19 €', 'pyyhe sisältyy hintaan'] } },
    });
    const stale = (await api.ok(CampaignVariantsDocument, { id: campaignId })).campaign!;
    expect(stale.variants).toHaveLength(4);
    for (const v of stale.variants) {
      expect(v.stale).toBe(true);
      expect(v.drift.flags.map((f) => f.code)).toContain('STALE_MASTER');
      expect(v.drift.drifted).toBe(true);
    }
    const regenerated = await generate(campaignId);
    expect(regenerated.map((v) => v.id).sort()).toEqual(first.map((v) => v.id).sort());
    for (const v of regenerated) expect(v).toMatchObject({ stale: false, masterVersion: 2, revision: 2 });
    const after = (await api.ok(CampaignVariantsDocument, { id: campaignId })).campaign!;
    expect(after.variants).toHaveLength(4);
    expect(after.consistency.channels.every((c) => !c.stale && c.variantCount === 1)).toBe(true);
  });

  it('should not add a revision when regenerating identical copy', async () => {
    const campaignId = await campaignWith(MASTERS.en);
    const [first] = await generate(campaignId, ['TWEET']);
    const [again] = await generate(campaignId, ['TWEET']);
    expect(again).toMatchObject({ id: first!.id, revision: 1 });
  });

  it('should record a manual edit as a new MANUAL draft revision, re-checked', async () => {
    const campaignId = await campaignWith(MASTERS.en);
    const [tweet] = await generate(campaignId, ['TWEET']);
    const text = `Brightline e-bikes for €49 a month, repairs and theft insurance included, cancel with 30 days notice. ${MASTERS.en.callToAction.url}`;
    const edited = (await api.ok(UpdateVariantDocument, { input: { variantId: tweet!.id, expectedRevision: 1, content: { text } } })).updateVariant;
    expect(edited).toMatchObject({ source: 'MANUAL', status: 'DRAFT', revision: 2, content: { text } });
    expect(edited.drift.flags.map((f) => f.code)).toContain('FACT_MISMATCH');
    const late = await api.run(UpdateVariantDocument, { input: { variantId: tweet!.id, expectedRevision: 1, content: { text } } });
    expect(codes(late)).toEqual(['VERSION_CONFLICT']);
    expect(late.errors?.[0]?.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
  });

  it('should re-render the HTML of an edited email from the edited copy', async () => {
    const campaignId = await campaignWith(MASTERS.en);
    const [email] = await generate(campaignId, ['EMAIL']);
    const body = `Hi {{first_name}}, ride for €39 a month <script>alert(1)</script>. Repairs and theft insurance included. Cancel with 30 days notice. ${MASTERS.en.callToAction.url}`;
    const edited = (await api.ok(UpdateVariantDocument, { input: { variantId: email!.id, expectedRevision: 1, content: { subject: 'Ride for €39 a month', body } } })).updateVariant;
    expect(edited.content.body).toBe(body);
    expect(edited.content.html).toContain('{{first_name}}');
    expect(edited.content.html).not.toContain('<script>');
  });

  it.each([
    ['a field of another channel', { text: 'hello', subject: 'x' }, 'content.subject'],
    ['an empty required field', { text: '   ' }, 'content.text'],
    ['a control character', { text: 'a\u0000b' }, 'content.text'],
  ])('should refuse an edit with %s, naming the field', async (_what, content, field) => {
    const campaignId = await campaignWith(MASTERS.en);
    const [tweet] = await generate(campaignId, ['TWEET']);
    const result = await api.run(UpdateVariantDocument, { input: { variantId: tweet!.id, expectedRevision: 1, content } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const named = (result.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(named.join(' ')).toContain(field.replace('content.', ''));
  });

  it('should answer AI_DISABLED for AI mode without a model, and NOT_FOUND for an unknown campaign', async () => {
    const campaignId = await campaignWith(MASTERS.ca);
    expect(codes(await api.run(GenerateVariantsDocument, { input: { campaignId, mode: 'AI' } }))).toEqual(['AI_DISABLED']);
    expect(codes(await api.run(GenerateVariantsDocument, { input: { campaignId: '01a20677-2bb1-7175-85e0-1e8992b1b490' } }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.run(GenerateVariantsDocument, { input: { campaignId, channels: ['FAX' as never] } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('should still produce a tweet when a key fact cannot fit, flagged CHANNEL_LIMIT naming the fact', async () => {
    const long = `Every Brightline subscription includes ${'a serviced city e-bike with lights, lock, basket and mudguards, '.repeat(3)}delivered to your door`.slice(0, 195);
    const campaignId = await campaignWith({ ...MASTERS.en, keyFacts: [long, `${long.slice(0, 150)} in Tampere`, '€39 a month'] });
    const [tweet] = await generate(campaignId, ['TWEET']);
    const limit = tweet!.drift.flags.find((f) => f.code === 'CHANNEL_LIMIT');
    expect(limit?.severity).toBe('ERROR');
    expect(limit?.message).toContain(long.slice(0, 40));
    expect(tweet!.content.text).toContain('€39 a month');
  });
});
