import { MASTERS } from '../fixtures/masters';
import { ADMIN_KEY, type TestApi } from './api';

/** Data of a raw operation whose shape the test knows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;

/** Runs raw GraphQL and fails the test on any error. */
export async function gql(api: TestApi, query: string, variables: Record<string, unknown> = {}, key = ADMIN_KEY): Promise<Data> {
  const result = await api.raw(query, variables, key);
  if (result.errors?.length) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Fixtures made through the API as ADMIN: brands, campaigns, variants in a given state, keys, webhooks, generation jobs. */
export function fixtures(api: TestApi) {
  const run = (query: string, variables?: Record<string, unknown>) => gql(api, query, variables);
  const self = {
    async brand(name = 'Brand', requireDistinctApprover = false): Promise<string> {
      const q = 'mutation($i: CreateBrandInput!) { createBrand(input: $i) { id } }';
      return (await run(q, { i: { name, defaultLocale: 'en', requireDistinctApprover } })).createBrand.id;
    },
    async version(brandId: string): Promise<number> {
      return (await run('query($id: ID!) { brand(id: $id) { version } }', { id: brandId })).brand.version;
    },
    async campaign(brandId: string, master = MASTERS.en): Promise<string> {
      const q = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }';
      return (await run(q, { i: { brandId, name: 'Launch', master } })).createCampaign.id;
    },
    async variant(campaignId: string, channel = 'TWEET'): Promise<{ id: string; revision: number }> {
      const q = 'mutation($i: GenerateVariantsInput!) { generateVariants(input: $i) { id revision } }';
      return (await run(q, { i: { campaignId, channels: [channel] } })).generateVariants[0];
    },
    async submitted(campaignId: string, channel = 'TWEET'): Promise<{ id: string; revision: number }> {
      const v = await self.variant(campaignId, channel);
      return (await run('mutation($id: ID!) { submitForReview(variantId: $id) { id revision } }', { id: v.id })).submitForReview;
    },
    async approved(campaignId: string, channel = 'TWEET'): Promise<{ id: string; revision: number }> {
      const v = await self.submitted(campaignId, channel);
      const q = 'mutation($i: ReviewDecisionInput!) { approveVariant(input: $i) { id revision } }';
      return (await run(q, { i: { variantId: v.id, expectedRevision: v.revision, overrideReason: 'fixture' } })).approveVariant;
    },
    async key(role: string, brandIds: string[] = [], name = `${role} key`): Promise<{ id: string; secret: string }> {
      const q = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }';
      const created = (await run(q, { i: { name, role, brandIds } })).createApiKey;
      return { id: created.apiKey.id, secret: created.key };
    },
    async generationJob(brandId: string, campaignIds: string[]): Promise<string> {
      const q = 'mutation($i: StartGenerationJobInput!) { startGenerationJob(input: $i) { id } }';
      return (await run(q, { i: { brandId, campaignIds, mode: 'TEMPLATE' } })).startGenerationJob.id;
    },
    async webhook(brandId: string | null, url = 'https://hooks.example.com/tonehub', events = ['VARIANT_APPROVED']): Promise<{ id: string; secret: string }> {
      const q = 'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id } } }';
      const created = (await run(q, { i: { url, events, brandId } })).createWebhook;
      return { id: created.webhook.id, secret: created.secret };
    },
  };
  return self;
}
