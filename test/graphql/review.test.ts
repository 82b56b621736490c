import type { Database } from '../../src/store/database';
import { UpdateBrandSettingsDocument } from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import { fixtures, gql } from '../support/world';

const EDIT = 'mutation($i: UpdateVariantInput!) { updateVariant(input: $i) { id revision } }';
const SUBMIT = 'mutation($id: ID!) { submitForReview(variantId: $id) { id revision } }';
const APPROVE = 'mutation($i: ReviewDecisionInput!) { approveVariant(input: $i) { status revision overrideReason } }';

describe.each(backends())('review decisions on %s', (backend) => {
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

  /** A tweet edited by `editorKey` and submitted: at the revision a reviewer must name. */
  async function inReview(brandId: string, editorKey: string, text: string) {
    const campaignId = await f.campaign(brandId);
    const tweet = await f.variant(campaignId);
    const edited = (await gql(api, EDIT, { i: { variantId: tweet.id, expectedRevision: tweet.revision, content: { text } } }, editorKey)).updateVariant;
    return (await gql(api, SUBMIT, { id: edited.id }, editorKey)).submitForReview as { id: string; revision: number };
  }

  it('should refuse to approve copy with ERROR flags without an override reason, and record the reason given', async () => {
    const brandId = await f.brand('Gate');
    const editor = await f.key('EDITOR', [brandId]);
    const v = await inReview(brandId, editor.secret, `Brightline e-bikes for €49 a month ${MASTERS.en.callToAction.url}`);
    const refused = await api.raw(APPROVE, { i: { variantId: v.id, expectedRevision: v.revision } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'VARIANT.OVERRIDE_REQUIRED', field: 'overrideReason' });
    const approved = (await gql(api, APPROVE, { i: { variantId: v.id, expectedRevision: v.revision, overrideReason: 'Price confirmed by sales' } })).approveVariant;
    expect(approved).toEqual({ status: 'APPROVED', revision: v.revision + 1, overrideReason: 'Price confirmed by sales' });
  });

  it('should make the approver differ from the last editor once an ADMIN turns the brand rule on (versioned)', async () => {
    const brandId = await f.brand('Four eyes');
    const both = await f.key('ADMIN', [brandId], 'edits and reviews');
    const settings = await api.ok(UpdateBrandSettingsDocument, { input: { brandId, expectedVersion: 1, requireDistinctApprover: true } });
    expect(settings.updateBrandSettings).toMatchObject({ version: 2, requireDistinctApprover: true });
    expect(codes(await api.run(UpdateBrandSettingsDocument, { input: { brandId, expectedVersion: 1, requireDistinctApprover: false } }))).toEqual(['VERSION_CONFLICT']);
    const text = `Brightline: €39 a month, repairs and theft insurance included, cancel with 30 days notice ${MASTERS.en.callToAction.url}`;
    const v = await inReview(brandId, both.secret, text);
    const own = await api.raw(APPROVE, { i: { variantId: v.id, expectedRevision: v.revision, overrideReason: 'x' } }, both.secret);
    expect(codes(own)).toEqual(['BAD_USER_INPUT']);
    expect(own.errors?.[0]?.extensions?.reason).toBe('VARIANT.SAME_APPROVER');
    const reviewer = await f.key('REVIEWER', [brandId]);
    expect((await gql(api, APPROVE, { i: { variantId: v.id, expectedRevision: v.revision, overrideReason: 'x' } }, reviewer.secret)).approveVariant.status).toBe('APPROVED');
  });

  it('should take the rule at brand creation, and let a stale decision lose with VERSION_CONFLICT', async () => {
    const brandId = await f.brand('Strict from the start', true);
    expect((await gql(api, 'query($id: ID!) { brand(id: $id) { requireDistinctApprover version } }', { id: brandId })).brand).toEqual({ requireDistinctApprover: true, version: 1 });
    const editor = await f.key('EDITOR', [brandId]);
    const v = await inReview(brandId, editor.secret, `Brightline: €39 a month ${MASTERS.en.callToAction.url}`);
    const stale = await api.raw(APPROVE, { i: { variantId: v.id, expectedRevision: v.revision - 1, overrideReason: 'x' } });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
  });
});
