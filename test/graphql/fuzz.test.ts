import fc from 'fast-check';
import { print } from 'graphql';
import { buildHubSchema } from '../../src/graphql/build-schema';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ApproveVariantDocument,
  CheckDriftDocument,
  CreateApiKeyDocument,
  CreateBrandDocument,
  CreateCampaignDocument,
  CreateWebhookDocument,
  GenerateVariantsDocument,
  RejectVariantDocument,
  RevokeApiKeyDocument,
  SetChannelTemplateDocument,
  StartGenerationJobDocument,
  SubmitForReviewDocument,
  UpdateBrandSettingsDocument,
  UpdateMasterMessageDocument,
  UpdateToneRulesDocument,
  UpdateVariantDocument,
} from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { createTestApi, type OpResult, type TestApi } from '../support/api';
import { freshPglite } from '../support/databases';
import type { Database } from '../../src/store/database';

/**
 * Property: whatever a client sends to a mutation (or to checkDrift), the answer is data or coded errors, never
 * INTERNAL_SERVER_ERROR and never a stack trace. 1,000 random and malformed inputs per operation.
 */
const RUNS = 1000;

const nasty = fc.constantFrom(
  '',
  '   ',
  'a\u0000b',
  '\uD800',
  '\u202Eevil',
  'javascript:alert(1)',
  'data:text/html,<script>',
  'https://ok.example.com/path',
  'http://',
  'en',
  'xx',
  'kk-KZ',
  'fi',
  '{{first_name}}',
  "'; drop table brands; --",
  'x'.repeat(300),
  '🚀'.repeat(150),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 60 }), nasty, fc.lorem({ maxCount: 3 }));
const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.constant(undefined));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
const int = fc.oneof(fc.integer({ min: -3, max: 5 }), fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, Number.MAX_SAFE_INTEGER));
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 12 });
const channel = fc.constantFrom('TWEET', 'EMAIL', 'BLOG_POST', 'INSTAGRAM_CAROUSEL', 'FAX');
const content = fc.record(
  { text: maybe(text), subject: maybe(text), preheader: maybe(text), title: maybe(text), body: maybe(text), slides: maybe(list(text)), caption: maybe(text), html: maybe(text) },
  { requiredKeys: [] },
);

const toneRules = fc.record(
  {
    voice: maybe(list(text)),
    bannedTerms: maybe(list(text)),
    preferredTerms: maybe(list(fc.record({ use: maybe(text), insteadOf: maybe(list(text)) }, { requiredKeys: [] }))),
    protectedTerms: maybe(list(text)),
    maxExclamations: maybe(int),
    allowEmoji: maybe(fc.boolean()),
    severityOverrides: maybe(list(fc.record({ code: maybe(fc.constantFrom('FACT_MISMATCH', 'NOPE')), severity: maybe(fc.constantFrom('OFF', 'ERROR', 'LOUD')) }))),
  },
  { requiredKeys: [] },
);
const master = fc.record(
  {
    locale: maybe(text),
    headline: maybe(text),
    body: maybe(text),
    callToAction: maybe(fc.record({ text: maybe(text), url: maybe(text) }, { requiredKeys: [] })),
    keyFacts: maybe(list(text)),
  },
  { requiredKeys: [] },
);

/** The root fields fuzzed so far (the last test checks that no mutation was left out). */
const fuzzed = new Set<string>();

/** The root field a one-field operation document calls. */
function rootField(doc: TypedDocumentNode<unknown, never>): string {
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  const field = op && 'selectionSet' in op ? op.selectionSet.selections[0] : undefined;
  return field && 'name' in field ? field.name.value : '';
}

describe('mutations under random and malformed input', () => {
  let database: Database;
  let api: TestApi;
  let ids: fc.Arbitrary<unknown>;

  beforeAll(async () => {
    database = await freshPglite();
    api = await createTestApi(database);
    const brand = (await api.ok(CreateBrandDocument, { input: { name: 'Fuzz', defaultLocale: 'en' } })).createBrand;
    const campaign = (await api.ok(CreateCampaignDocument, { input: { brandId: brand.id, name: 'Fuzz', master: MASTERS.fi } })).createCampaign;
    const [tweet] = (await api.ok(GenerateVariantsDocument, { input: { campaignId: campaign.id, channels: ['TWEET'] } })).generateVariants;
    ids = fc.oneof(fc.constantFrom(brand.id, campaign.id, tweet!.id, '00000000-0000-0000-0000-000000000000'), maybe(text));
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  function expectOnlyCodedErrors(result: OpResult<unknown>): void {
    for (const error of result.errors ?? []) {
      expect(typeof error.extensions?.code).toBe('string');
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(error)).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  }

  async function fuzz(doc: TypedDocumentNode<unknown, never>, variables: () => fc.Arbitrary<Record<string, unknown>>) {
    fuzzed.add(rootField(doc));
    await fc.assert(
      fc.asyncProperty(variables(), async (vars) => {
        expectOnlyCodedErrors(await api.raw(printed(doc), vars));
      }),
      { numRuns: RUNS },
    );
  }

  const printed = (doc: TypedDocumentNode<unknown, never>) => print(doc);

  it('createBrand answers only coded errors', () =>
    fuzz(CreateBrandDocument as never, () =>
      fc.record({ input: maybe(fc.record({ name: maybe(text), defaultLocale: maybe(text), toneRules: maybe(toneRules) }, { requiredKeys: [] })) }),
    ));

  it('updateToneRules answers only coded errors', () =>
    fuzz(UpdateToneRulesDocument as never, () =>
      fc.record({ input: maybe(fc.record({ brandId: ids, expectedVersion: maybe(int), toneRules: maybe(toneRules) }, { requiredKeys: [] })) }),
    ));

  it('createCampaign answers only coded errors', () =>
    fuzz(CreateCampaignDocument as never, () =>
      fc.record({ input: maybe(fc.record({ brandId: ids, name: maybe(text), master: maybe(master) }, { requiredKeys: [] })) }),
    ));

  it('updateMasterMessage answers only coded errors', () =>
    fuzz(UpdateMasterMessageDocument as never, () =>
      fc.record({ input: maybe(fc.record({ campaignId: ids, expectedVersion: maybe(int), master: maybe(master) }, { requiredKeys: [] })) }),
    ));

  it('createApiKey answers only coded errors', () =>
    fuzz(CreateApiKeyDocument as never, () =>
      fc.record({
        input: maybe(
          fc.record({ name: maybe(text), role: maybe(fc.constantFrom('ADMIN', 'READER', 'ROOT')), brandIds: maybe(list(ids)) }, { requiredKeys: [] }),
        ),
      }),
    ));

  it('revokeApiKey answers only coded errors', () => fuzz(RevokeApiKeyDocument as never, () => fc.record({ id: ids })));

  it('createWebhook answers only coded errors', () =>
    fuzz(CreateWebhookDocument as never, () =>
      fc.record({
        input: maybe(
          fc.record({ url: maybe(text), events: maybe(list(fc.constantFrom('VARIANT_APPROVED', 'MASTER_UPDATED', 'PING'))), brandId: ids }, { requiredKeys: [] }),
        ),
      }),
    ));

  it('updateBrandSettings answers only coded errors', () =>
    fuzz(UpdateBrandSettingsDocument as never, () =>
      fc.record({ input: maybe(fc.record({ brandId: ids, expectedVersion: maybe(int), requireDistinctApprover: maybe(fc.boolean()) }, { requiredKeys: [] })) }),
    ));

  it('startGenerationJob answers only coded errors', () =>
    fuzz(StartGenerationJobDocument as never, () =>
      fc.record({
        input: maybe(
          fc.record(
            { brandId: ids, campaignIds: maybe(list(ids)), channels: maybe(list(fc.constantFrom('TWEET', 'FAX'))), mode: maybe(fc.constantFrom('AI', 'TEMPLATE', 'MAGIC')) },
            { requiredKeys: [] },
          ),
        ),
      }),
    ));

  it('generateVariants answers only coded errors', () =>
    fuzz(
      GenerateVariantsDocument as never,
      () => fc.record({ input: maybe(fc.record({ campaignId: ids, channels: maybe(list(channel)), mode: maybe(fc.constantFrom('AI', 'TEMPLATE', 'MAGIC')) }, { requiredKeys: [] })) }),
    ));

  it('updateVariant answers only coded errors', () =>
    fuzz(
      UpdateVariantDocument as never,
      () => fc.record({ input: maybe(fc.record({ variantId: ids, expectedRevision: maybe(int), content: maybe(content) }, { requiredKeys: [] })) }),
    ));

  it('review decisions answer only coded errors', async () => {
    await fuzz(SubmitForReviewDocument as never, () => fc.record({ variantId: ids }));
    for (const doc of [ApproveVariantDocument, RejectVariantDocument]) {
      await fuzz(
        doc as never,
        () => fc.record({ input: maybe(fc.record({ variantId: ids, expectedRevision: maybe(int), comment: maybe(text), overrideReason: maybe(text) }, { requiredKeys: [] })) }),
      );
    }
  });

  it('setChannelTemplate answers only coded errors', () =>
    fuzz(
      SetChannelTemplateDocument as never,
      () =>
        fc.record({
          input: maybe(
            fc.record(
              {
                brandId: ids,
                channel: maybe(channel),
                locale: maybe(text),
                section: maybe(fc.oneof(text, fc.constantFrom('text', 'subject', 'html', 'slides'))),
                source: maybe(fc.oneof(text, fc.constantFrom('{{master.headline}}', '{{#if}}', '{{> nope}}', '{{phrase "x"}}'))),
                expectedVersion: maybe(int),
              },
              { requiredKeys: [] },
            ),
          ),
        }),
    ));

  it('checkDrift answers only coded errors', () =>
    fuzz(
      CheckDriftDocument as never,
      () => fc.record({ input: maybe(fc.record({ channel: maybe(channel), master: maybe(master), toneRules: maybe(toneRules), content: maybe(content) }, { requiredKeys: [] })) }),
    ));

  // NOTE: runs last (jest keeps file order), after every case above has registered the field it fuzzed.
  it('should have fuzzed every mutation of the schema', () => {
    const mutations = Object.keys(buildHubSchema().getMutationType()?.getFields() ?? {});
    expect(mutations.filter((m) => !fuzzed.has(m))).toEqual([]);
  });
});
