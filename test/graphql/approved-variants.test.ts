import type { Database } from '../../src/store/database';
import { ApprovedVariantsDocument, type ApprovedVariantsQueryVariables, CampaignVariantListDocument } from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import { fixtures, gql } from '../support/world';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(backends())('CMS delivery (approvedVariants) on %s', (backend) => {
  let database: Database;
  let api: TestApi;
  let f: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
    f = fixtures(api);
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  async function all(vars: ApprovedVariantsQueryVariables, key?: string) {
    const nodes = [];
    let after: string | null | undefined;
    do {
      const page = (await api.ok(ApprovedVariantsDocument, { ...vars, after }, key)).approvedVariants;
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    return nodes;
  }

  it('should page through approved variants newest approval first, filter by channel and locale, and sync incrementally', async () => {
    const brandId = await f.brand('Delivery');
    const [en, fi] = [await f.campaign(brandId, MASTERS.en), await f.campaign(brandId, MASTERS.fi)];
    await f.variant(en, 'BLOG_POST');
    const approved = [];
    for (const [campaign, channel] of [[en, 'TWEET'], [en, 'EMAIL'], [fi, 'TWEET'], [fi, 'EMAIL'], [en, 'INSTAGRAM_CAROUSEL']] as const) {
      approved.push(await f.approved(campaign, channel));
      await pause(3);
    }
    const nodes = await all({ brandId, first: 2 });
    expect(nodes.map((n) => n.id)).toEqual(approved.map((v) => v.id).reverse());
    expect(nodes.every((n) => n.status === 'APPROVED' && !n.stale)).toBe(true);
    expect((await all({ brandId, channel: 'TWEET' })).map((n) => n.locale)).toEqual(['fi', 'en']);
    expect((await all({ brandId, locale: 'FI' })).map((n) => n.channel)).toEqual(['EMAIL', 'TWEET']);
    const since = nodes[2]!.updatedAt;
    expect((await all({ brandId, updatedSince: since })).map((n) => n.id)).toEqual(nodes.slice(0, 2).map((n) => n.id));
    const first = (await api.ok(ApprovedVariantsDocument, { brandId, first: 2 })).approvedVariants;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true });
    const last = (await api.ok(ApprovedVariantsDocument, { brandId, first: 5 })).approvedVariants;
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('should keep the last approved revision published through new drafts, rejections and master changes (then stale)', async () => {
    const brandId = await f.brand('Published');
    const campaignId = await f.campaign(brandId);
    const tweet = await f.approved(campaignId, 'TWEET');
    const published = (await all({ brandId }))[0]!;
    expect(published).toMatchObject({ id: tweet.id, revision: tweet.revision, stale: false });
    const edit = 'mutation($i: UpdateVariantInput!) { updateVariant(input: $i) { revision } }';
    const text = `Brightline from €39 a month, repairs and theft insurance included, cancel with 30 days notice ${MASTERS.en.callToAction.url}`;
    const draft = (await gql(api, edit, { i: { variantId: tweet.id, expectedRevision: tweet.revision, content: { text } } })).updateVariant;
    await gql(api, 'mutation($id: ID!) { submitForReview(variantId: $id) { id } }', { id: tweet.id });
    await gql(api, 'mutation($i: ReviewDecisionInput!) { rejectVariant(input: $i) { id } }', { i: { variantId: tweet.id, expectedRevision: draft.revision + 1, comment: 'no' } });
    expect((await all({ brandId }))[0]).toEqual(published);
    await gql(api, 'mutation($i: UpdateMasterMessageInput!) { updateMasterMessage(input: $i) { id } }', {
      i: { campaignId, expectedVersion: 1, master: { ...MASTERS.en, headline: 'Brightline Bikes, now €39' } },
    });
    const stale = (await all({ brandId }))[0]!;
    expect(stale).toMatchObject({ id: tweet.id, revision: tweet.revision, masterVersion: 1, stale: true, content: published.content, updatedAt: published.updatedAt });
    const reader = await f.key('READER', [brandId]);
    const seen = (await api.ok(CampaignVariantListDocument, { id: campaignId }, reader.secret)).campaign!.variants;
    expect(seen.map((v) => [v.id, v.status, v.revision, v.stale, v.content.text])).toEqual([[tweet.id, 'APPROVED', tweet.revision, true, published.content.text]]);
    expect(await api.ok(CampaignVariantListDocument, { id: campaignId, status: 'DRAFT' }, reader.secret)).toMatchObject({ campaign: { variants: [] } });
  });

  it('should move a variant to the top with its new revision when a newer one is approved', async () => {
    const brandId = await f.brand('Reapproved');
    const campaignId = await f.campaign(brandId);
    const tweet = await f.approved(campaignId, 'TWEET');
    await pause(3);
    await f.approved(campaignId, 'EMAIL');
    const edit = 'mutation($i: UpdateVariantInput!) { updateVariant(input: $i) { revision } }';
    const text = `Brightline e-bikes: €39 a month, repairs and theft insurance included, cancel with 30 days notice ${MASTERS.en.callToAction.url}`;
    const draft = (await gql(api, edit, { i: { variantId: tweet.id, expectedRevision: tweet.revision, content: { text } } })).updateVariant;
    await gql(api, 'mutation($id: ID!) { submitForReview(variantId: $id) { id } }', { id: tweet.id });
    const decide = 'mutation($i: ReviewDecisionInput!) { approveVariant(input: $i) { revision } }';
    const again = (await gql(api, decide, { i: { variantId: tweet.id, expectedRevision: draft.revision + 1, overrideReason: 'ok' } })).approveVariant;
    const nodes = await all({ brandId });
    expect(nodes.map((n) => [n.channel, n.revision])).toEqual([['TWEET', again.revision], ['EMAIL', 3]]);
    expect(nodes[0]!.content.text).toBe(text);
  });

  it('should answer BAD_USER_INPUT for a foreign cursor, a bad locale or page size, and NOT_FOUND for an unknown brand', async () => {
    const brandId = await f.brand('Bad input');
    expect(codes(await api.run(ApprovedVariantsDocument, { brandId, after: 'Y3Vyc29y' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(ApprovedVariantsDocument, { brandId, locale: 'not a locale' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(ApprovedVariantsDocument, { brandId, first: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(ApprovedVariantsDocument, { brandId: '01a20677-2bb1-7175-85e0-1e8992b1b490' }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.run(ApprovedVariantsDocument, { brandId: 'nope' }))).toEqual(['NOT_FOUND']);
  });

  it('should answer BAD_USER_INPUT for forged cursors in our format, never INTERNAL_SERVER_ERROR or a silent first page', async () => {
    const brandId = await f.brand('Forged cursors');
    const forge = (raw: string) => Buffer.from(`c1:${raw}`, 'utf8').toString('base64url');
    const uuid = '01a20677-2bb1-7175-85e0-1e8992b1b490';
    for (const after of [forge(`1700000000000.${'-'.repeat(36)}`), forge(`999999999999999.${uuid}`)]) {
      expect(codes(await api.run(ApprovedVariantsDocument, { brandId, after }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codes(await api.raw('query($a: String) { brands(after: $a) { edges { cursor } } }', { a: forge('not-a-uuid') }))).toEqual(['BAD_USER_INPUT']);
  });
});
