import type { Database } from '../../src/store/database';
import { AuditLogDocument, type AuditLogQuery } from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { ADMIN_KEY, codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import { fixtures, gql } from '../support/world';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

describe.each(backends())('the audit trail on %s', (backend) => {
  let database: Database;
  let api: TestApi;
  let f: ReturnType<typeof fixtures>;
  let editor: { id: string; secret: string };
  let reviewer: { id: string; secret: string };

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
    f = fixtures(api);
    editor = await f.key('EDITOR', [], 'Eve (editor)');
    reviewer = await f.key('REVIEWER', [], 'Rita (reviewer)');
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  async function entries(vars: { brandId?: string; campaignId?: string }): Promise<Entry[]> {
    const all: Entry[] = [];
    let after: string | null | undefined;
    do {
      const page = (await api.ok(AuditLogDocument, { ...vars, first: 3, after })).auditLog;
      all.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    return all;
  }

  it('should record every change of a brand, its campaign and variants, newest first, naming the key that acted', async () => {
    const brandId = await f.brand('Audited');
    const rules = 'mutation($i: UpdateToneRulesInput!) { updateToneRules(input: $i) { version } }';
    await gql(api, rules, { i: { brandId, expectedVersion: 1, toneRules: { bannedTerms: ['cheap'] } } }, editor.secret);
    await gql(api, 'mutation($i: UpdateBrandSettingsInput!) { updateBrandSettings(input: $i) { version } }', { i: { brandId, expectedVersion: 2, requireDistinctApprover: true } });
    const campaignId = await f.campaign(brandId);
    const master = 'mutation($i: UpdateMasterMessageInput!) { updateMasterMessage(input: $i) { id } }';
    await gql(api, master, { i: { campaignId, expectedVersion: 1, master: { ...MASTERS.en, headline: 'Brightline, now in Tampere' } } }, editor.secret);
    const generated = await gql(api, 'mutation($c: ID!) { generateVariants(input: { campaignId: $c, channels: [TWEET, EMAIL] }) { id revision } }', { c: campaignId }, editor.secret);
    const [tweet, email] = generated.generateVariants;
    const edit = 'mutation($i: UpdateVariantInput!) { updateVariant(input: $i) { revision } }';
    await gql(api, edit, { i: { variantId: tweet.id, expectedRevision: 1, content: { text: `Brightline: €39 a month ${MASTERS.en.callToAction.url}` } } }, editor.secret);
    await gql(api, 'mutation($id: ID!) { submitForReview(variantId: $id) { id } }', { id: tweet.id }, editor.secret);
    await gql(api, 'mutation($id: ID!) { submitForReview(variantId: $id) { id } }', { id: email.id }, editor.secret);
    const decide = (field: string) => `mutation($i: ReviewDecisionInput!) { ${field}(input: $i) { id } }`;
    await gql(api, decide('approveVariant'), { i: { variantId: tweet.id, expectedRevision: 3, overrideReason: 'Legal signed off the short form' } }, reviewer.secret);
    await gql(api, decide('rejectVariant'), { i: { variantId: email.id, expectedRevision: 2, comment: 'Subject too long' } }, reviewer.secret);

    const log = await entries({ brandId });
    expect(log.map((e) => e.action)).toEqual([
      'VARIANT_REJECTED',
      'VARIANT_APPROVED',
      'VARIANT_SUBMITTED',
      'VARIANT_SUBMITTED',
      'VARIANT_EDITED',
      'VARIANT_GENERATED',
      'VARIANT_GENERATED',
      'MASTER_UPDATED',
      'CAMPAIGN_CREATED',
      'BRAND_SETTINGS_UPDATED',
      'TONE_RULES_UPDATED',
      'BRAND_CREATED',
    ]);
    const by = (action: string) => log.filter((e) => e.action === action);
    expect(by('VARIANT_APPROVED')[0]).toMatchObject({ entity: 'Variant', entityId: tweet.id, campaignId, actorKeyId: reviewer.id, actorName: 'Rita (reviewer)' });
    expect(by('VARIANT_APPROVED')[0]!.details).toMatchObject({ revision: 4, overrideReason: 'Legal signed off the short form' });
    expect(by('VARIANT_REJECTED')[0]!.details).toMatchObject({ comment: 'Subject too long', revision: 3 });
    expect(by('VARIANT_GENERATED').map((e) => e.entityId).sort()).toEqual([tweet.id, email.id].sort());
    expect(by('TONE_RULES_UPDATED')[0]).toMatchObject({ actorName: 'Eve (editor)', details: { version: 2, changed: ['bannedTerms'] } });
    expect(by('BRAND_SETTINGS_UPDATED')[0]).toMatchObject({ actorName: 'HUB_ADMIN_KEY', details: { requireDistinctApprover: true } });
    expect(by('MASTER_UPDATED')[0]!.details).toMatchObject({ version: 2, previousVersion: 1 });
    const times = log.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await entries({ campaignId })).map((e) => e.action)).toEqual(log.slice(0, 9).map((e) => e.action));
  });

  it('should record template overrides, keys and webhooks without any secret', async () => {
    const brandId = await f.brand('Secrets');
    await gql(api, 'mutation($i: SetChannelTemplateInput!) { setChannelTemplate(input: $i) { version } }', {
      i: { brandId, channel: 'TWEET', locale: 'en', source: '{{master.headline}} {{master.callToAction.url}}' },
    });
    const key = await f.key('READER', [brandId], 'CMS reader');
    await gql(api, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id });
    const hook = await f.webhook(brandId, 'https://user:pw@hooks.example.com/in?token=s3cr3t', ['MASTER_UPDATED']);
    const log = (await api.ok(AuditLogDocument, { first: 50 })).auditLog.edges.map((e) => e.node);
    const mine = log.filter((e) => e.brandId === brandId || e.entityId === key.id);
    expect(mine.map((e) => e.action)).toEqual(['WEBHOOK_CREATED', 'API_KEY_REVOKED', 'API_KEY_CREATED', 'TEMPLATE_OVERRIDE_SET', 'BRAND_CREATED']);
    expect(mine[0]).toMatchObject({ entityId: hook.id, details: { url: 'https://hooks.example.com/in', events: ['MASTER_UPDATED'] } });
    expect(mine[2]!.details).toEqual({ name: 'CMS reader', role: 'READER', brandIds: [brandId] });
    expect(mine[3]).toMatchObject({ entity: 'ChannelTemplate', entityId: 'TWEET/en/text', details: { version: 1, removed: false } });
    const text = JSON.stringify(log);
    for (const secret of [key.secret, hook.secret, ADMIN_KEY, 's3cr3t', 'pw@']) expect(text).not.toContain(secret);
  });

  it('should write no entry for a change that did not happen', async () => {
    const brandId = await f.brand('Conflicted');
    const rules = 'mutation($i: UpdateToneRulesInput!) { updateToneRules(input: $i) { version } }';
    const stale = await api.raw(rules, { i: { brandId, expectedVersion: 7, toneRules: { allowEmoji: false } } });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    expect((await entries({ brandId })).map((e) => e.action)).toEqual(['BRAND_CREATED']);
  });

  it('should refuse the whole log to keys limited to brands, and a campaign of another brand', async () => {
    const [a, b] = [await f.brand('A'), await f.brand('B')];
    const scoped = await f.key('ADMIN', [a]);
    expect(codes(await api.run(AuditLogDocument, {}, scoped.secret))).toEqual(['FORBIDDEN']);
    expect(codes(await api.run(AuditLogDocument, { brandId: b }, scoped.secret))).toEqual(['NOT_FOUND']);
    expect(codes(await api.run(AuditLogDocument, { brandId: a, campaignId: await f.campaign(b) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(AuditLogDocument, { brandId: a, first: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(AuditLogDocument, { brandId: a, after: 'nonsense!' }))).toEqual(['BAD_USER_INPUT']);
  });
});
