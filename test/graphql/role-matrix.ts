import { MASTERS } from '../fixtures/masters';
import type { Data, fixtures } from '../support/world';

/** The rows of the role matrix (roles.test.ts): one per operation, with the roles the contract allows. */
export type Role = 'ADMIN' | 'EDITOR' | 'REVIEWER' | 'READER';
export type Scope = 'every' | 'own' | 'other';
export type World = { brandA: string; campaignA: string; f: ReturnType<typeof fixtures> };
export interface Op {
  /** The root field (every Query and Mutation field must have a row). */
  readonly field: string;
  readonly label?: string;
  readonly allowed: readonly Role[];
  /** Nested rows: roles that may read the enclosing field, which answers NOT_FOUND first for another brand's key. */
  readonly outer?: readonly Role[];
  prepare(w: World): Promise<{ query: string; variables?: Record<string, unknown> }>;
  /** What an allowed role gets with a key limited to brands: default data (own), NOT_FOUND (other). */
  readonly scoped?: Partial<Record<'own' | 'other', 'ok' | 'FORBIDDEN' | 'NOT_FOUND'>>;
  /** Extra checks on an allowed answer. */
  check?(data: Data, ctx: { role: Role; scope: Scope; w: World }): void;
}

export const ALL: Role[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'READER'];
const DRAFT_READERS: Role[] = ['ADMIN', 'EDITOR', 'REVIEWER'];
const WRITERS: Role[] = ['ADMIN', 'EDITOR'];
const DECIDERS: Role[] = ['ADMIN', 'REVIEWER'];
const ADMIN: Role[] = ['ADMIN'];
const decision = (field: string) => `mutation($i: ReviewDecisionInput!) { ${field}(input: $i) { id status } }`;
const listed = (data: Data, path: string) => (data[path].edges as Array<{ node: { id: string; brandId?: string; brandIds?: string[] } }>).map((e) => e.node);

export const OPS: Op[] = [
  { field: 'brand', allowed: DRAFT_READERS, prepare: async (w) => ({ query: 'query($id: ID!) { brand(id: $id) { id } }', variables: { id: w.brandA } }) },
  {
    field: 'brands',
    allowed: DRAFT_READERS,
    scoped: { other: 'ok' },
    prepare: async () => ({ query: '{ brands(first: 100) { edges { node { id } } } }' }),
    check: (data, { scope, w }) => expect(listed(data, 'brands').some((b) => b.id === w.brandA)).toBe(scope !== 'other'),
  },
  {
    field: 'campaign',
    allowed: ALL,
    prepare: async (w) => ({ query: 'query($id: ID!) { campaign(id: $id) { id brand { id } master { version } masterHistory { version } } }', variables: { id: w.campaignA } }),
  },
  {
    field: 'campaign',
    label: 'campaign.variants',
    allowed: ALL,
    prepare: async (w) => {
      const id = await w.f.campaign(w.brandA);
      await w.f.approved(id, 'TWEET');
      await w.f.variant(id, 'EMAIL');
      return { query: 'query($id: ID!) { campaign(id: $id) { variants { channel status } } }', variables: { id } };
    },
    check: (data, { role }) => {
      const variants = data.campaign.variants as Array<{ channel: string; status: string }>;
      expect(variants.map((v) => `${v.channel}:${v.status}`).sort()).toEqual(role === 'READER' ? ['TWEET:APPROVED'] : ['EMAIL:DRAFT', 'TWEET:APPROVED']);
    },
  },
  { field: 'campaign', label: 'campaign.consistency', allowed: DRAFT_READERS, outer: ALL, prepare: async (w) => ({ query: 'query($id: ID!) { campaign(id: $id) { consistency { score } } }', variables: { id: w.campaignA } }) },
  { field: 'campaign', label: 'campaign.aiUsage', allowed: DRAFT_READERS, outer: ALL, prepare: async (w) => ({ query: 'query($id: ID!) { campaign(id: $id) { aiUsage { generations } } }', variables: { id: w.campaignA } }) },
  {
    field: 'generationJob',
    allowed: DRAFT_READERS,
    prepare: async (w) => ({ query: 'query($id: ID!) { generationJob(id: $id) { id total } }', variables: { id: await w.f.generationJob(w.brandA, [w.campaignA]) } }),
  },
  { field: 'brand', label: 'brand.campaigns', allowed: DRAFT_READERS, prepare: async (w) => ({ query: 'query($id: ID!) { brand(id: $id) { campaigns { edges { cursor } } } }', variables: { id: w.brandA } }) },
  { field: 'variant', allowed: DRAFT_READERS, prepare: async (w) => ({ query: 'query($id: ID!) { variant(id: $id) { id } }', variables: { id: (await w.f.variant(await w.f.campaign(w.brandA))).id } }) },
  {
    field: 'checkDrift',
    allowed: ALL,
    scoped: { other: 'ok' },
    prepare: async () => ({ query: 'query($i: DriftCheckInput!) { checkDrift(input: $i) { drifted } }', variables: { i: { channel: 'TWEET', master: MASTERS.en, content: { text: 'Hello' } } } }),
  },
  {
    field: 'me',
    allowed: ALL,
    scoped: { other: 'ok' },
    prepare: async () => ({ query: '{ me { keyId role brandIds } }' }),
    check: (data, { role }) => expect(data.me.role).toBe(role),
  },
  { field: 'approvedVariants', allowed: ALL, prepare: async (w) => ({ query: 'query($b: ID!) { approvedVariants(brandId: $b) { edges { cursor } } }', variables: { b: w.brandA } }) },
  { field: 'auditLog', label: 'auditLog(brandId)', allowed: DRAFT_READERS, prepare: async (w) => ({ query: 'query($b: ID) { auditLog(brandId: $b) { edges { cursor } } }', variables: { b: w.brandA } }) },
  { field: 'auditLog', label: 'auditLog(campaignId)', allowed: DRAFT_READERS, prepare: async (w) => ({ query: 'query($c: ID) { auditLog(campaignId: $c) { edges { cursor } } }', variables: { c: w.campaignA } }) },
  { field: 'auditLog', label: 'auditLog()', allowed: ADMIN, scoped: { own: 'FORBIDDEN', other: 'FORBIDDEN' }, prepare: async () => ({ query: '{ auditLog { edges { cursor } } }' }) },
  {
    field: 'apiKeys',
    allowed: ADMIN,
    scoped: { other: 'ok' },
    prepare: async (w) => {
      await w.f.key('READER', [w.brandA], 'listed');
      return { query: '{ apiKeys(first: 100) { edges { node { id brandIds } } } }' };
    },
    check: (data, { scope, w }) => expect(listed(data, 'apiKeys').some((k) => k.brandIds?.includes(w.brandA))).toBe(scope !== 'other'),
  },
  {
    field: 'webhooks',
    allowed: ADMIN,
    scoped: { other: 'ok' },
    prepare: async (w) => {
      await w.f.webhook(w.brandA);
      return { query: '{ webhooks(first: 100) { edges { node { id brandId } } } }' };
    },
    check: (data, { scope, w }) => expect(listed(data, 'webhooks').some((h) => h.brandId === w.brandA)).toBe(scope !== 'other'),
  },
  {
    field: 'webhookDeliveries',
    allowed: ADMIN,
    prepare: async (w) => ({ query: 'query($id: ID!) { webhookDeliveries(webhookId: $id) { edges { cursor } } }', variables: { id: (await w.f.webhook(w.brandA)).id } }),
  },
  {
    field: 'createBrand',
    allowed: WRITERS,
    scoped: { own: 'FORBIDDEN', other: 'FORBIDDEN' },
    prepare: async () => ({ query: 'mutation { createBrand(input: { name: "New", defaultLocale: "en" }) { id } }' }),
  },
  {
    field: 'updateToneRules',
    allowed: WRITERS,
    prepare: async (w) => ({
      query: 'mutation($i: UpdateToneRulesInput!) { updateToneRules(input: $i) { version } }',
      variables: { i: { brandId: w.brandA, expectedVersion: await w.f.version(w.brandA), toneRules: { allowEmoji: false } } },
    }),
  },
  {
    field: 'updateBrandSettings',
    allowed: ADMIN,
    prepare: async (w) => ({
      query: 'mutation($i: UpdateBrandSettingsInput!) { updateBrandSettings(input: $i) { version } }',
      variables: { i: { brandId: w.brandA, expectedVersion: await w.f.version(w.brandA), requireDistinctApprover: false } },
    }),
  },
  {
    field: 'createCampaign',
    allowed: WRITERS,
    prepare: async (w) => ({ query: 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', variables: { i: { brandId: w.brandA, name: 'C', master: MASTERS.en } } }),
  },
  {
    field: 'updateMasterMessage',
    allowed: WRITERS,
    prepare: async (w) => ({
      query: 'mutation($i: UpdateMasterMessageInput!) { updateMasterMessage(input: $i) { id } }',
      variables: { i: { campaignId: await w.f.campaign(w.brandA), expectedVersion: 1, master: { ...MASTERS.en, headline: 'New headline' } } },
    }),
  },
  {
    field: 'generateVariants',
    allowed: WRITERS,
    prepare: async (w) => ({ query: 'mutation($i: GenerateVariantsInput!) { generateVariants(input: $i) { id } }', variables: { i: { campaignId: w.campaignA, channels: ['TWEET'] } } }),
  },
  {
    field: 'startGenerationJob',
    allowed: WRITERS,
    prepare: async (w) => ({
      query: 'mutation($i: StartGenerationJobInput!) { startGenerationJob(input: $i) { id status } }',
      variables: { i: { brandId: w.brandA, campaignIds: [w.campaignA], mode: 'TEMPLATE' } },
    }),
  },
  {
    field: 'updateVariant',
    allowed: WRITERS,
    prepare: async (w) => {
      const v = await w.f.variant(await w.f.campaign(w.brandA));
      return { query: 'mutation($i: UpdateVariantInput!) { updateVariant(input: $i) { id } }', variables: { i: { variantId: v.id, expectedRevision: v.revision, content: { text: 'Edited' } } } };
    },
  },
  {
    field: 'submitForReview',
    allowed: WRITERS,
    prepare: async (w) => ({ query: 'mutation($id: ID!) { submitForReview(variantId: $id) { id } }', variables: { id: (await w.f.variant(await w.f.campaign(w.brandA))).id } }),
  },
  ...(['approveVariant', 'rejectVariant'] as const).map((field) => ({
    field,
    allowed: DECIDERS,
    prepare: async (w: World) => {
      const v = await w.f.submitted(await w.f.campaign(w.brandA));
      return { query: decision(field), variables: { i: { variantId: v.id, expectedRevision: v.revision, overrideReason: 'matrix', comment: 'ok' } } };
    },
  })),
  {
    field: 'setChannelTemplate',
    allowed: WRITERS,
    prepare: async (w) => ({
      query: 'mutation($i: SetChannelTemplateInput!) { setChannelTemplate(input: $i) { version } }',
      variables: { i: { brandId: w.brandA, channel: 'TWEET', locale: 'en', source: '{{master.headline}} {{master.callToAction.url}}' } },
    }),
  },
  { field: 'createApiKey', allowed: ADMIN, prepare: async (w) => ({ query: 'mutation($b: ID!) { createApiKey(input: { name: "n", role: READER, brandIds: [$b] }) { key } }', variables: { b: w.brandA } }) },
  { field: 'revokeApiKey', allowed: ADMIN, prepare: async (w) => ({ query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', variables: { id: (await w.f.key('READER', [w.brandA])).id } }) },
  {
    field: 'createWebhook',
    allowed: ADMIN,
    prepare: async (w) => ({ query: 'mutation($b: ID) { createWebhook(input: { url: "https://hooks.example.com/x", events: [MASTER_UPDATED], brandId: $b }) { secret } }', variables: { b: w.brandA } }),
  },
];
