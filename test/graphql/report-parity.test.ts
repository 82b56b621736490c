import {
  CheckDriftDocument,
  CreateBrandDocument,
  CreateCampaignDocument,
  GenerateVariantsDocument,
  UpdateVariantDocument,
} from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { createTestApi, type TestApi } from '../support/api';
import { freshPglite } from '../support/databases';
import type { Database } from '../../src/store/database';

/** Stored variants and the stateless checkDrift must report the same thing for the same copy. */
describe('stored reports and checkDrift', () => {
  let database: Database;
  let api: TestApi;

  beforeAll(async () => {
    database = await freshPglite();
    api = await createTestApi(database);
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  it.each(Object.entries(MASTERS))('should give a %s variant the report checkDrift gives its copy', async (_locale, master) => {
    const toneRules = { bannedTerms: ['cheap', 'дешёвый'], maxExclamations: 1, allowEmoji: false };
    const brandId = (await api.ok(CreateBrandDocument, { input: { name: 'Parity', defaultLocale: master.locale, toneRules } })).createBrand.id;
    const campaignId = (await api.ok(CreateCampaignDocument, { input: { brandId, name: 'P', master } })).createCampaign.id;
    const variants = (await api.ok(GenerateVariantsDocument, { input: { campaignId } })).generateVariants;
    const [tweet] = variants.filter((v) => v.channel === 'TWEET');
    const drifted = `Cheap!! ${master.headline} 🚀 ${master.keyFacts[0]} https://example.org/other`;
    const edited = (await api.ok(UpdateVariantDocument, { input: { variantId: tweet!.id, expectedRevision: 1, content: { text: drifted } } })).updateVariant;
    for (const v of [...variants, edited]) {
      const { html: _html, __typename: _t, ...content } = v.content as typeof v.content & { __typename?: string };
      const checked = (await api.ok(CheckDriftDocument, { input: { channel: v.channel, master, toneRules, content } })).checkDrift;
      expect({ channel: v.channel, drifted: checked.drifted, score: checked.score, flags: checked.flags }).toEqual({
        channel: v.channel,
        drifted: v.drift.drifted,
        score: v.drift.score,
        flags: v.drift.flags,
      });
    }
    expect(edited.drift.drifted).toBe(true);
  });
});
