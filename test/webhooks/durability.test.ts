import type { WebhookConfig } from '../../src/config';
import type { RunningHub } from '../../src/hub';
import type { Database } from '../../src/store/database';
import { MASTERS } from '../fixtures/masters';
import { ADMIN_KEY, codes, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import { call, fastWebhooks, keepOpen, postGraphQL, startTestHub } from '../support/hub';
import { type Receiver, startReceiver } from '../support/receiver';
import { until } from '../support/until';
import { fixtures, gql } from '../support/world';

const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { status attempts { attempt statusCode error } } } } }`;
const MASTER = 'mutation($i: UpdateMasterMessageInput!) { updateMasterMessage(input: $i) { id } }';

describe.each(backends())('webhook delivery across failures and restarts on %s', (backend) => {
  let database: Database;
  let api: TestApi;
  let f: ReturnType<typeof fixtures>;
  const cleanup: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
    f = fixtures(api);
  });
  afterEach(async () => {
    for (const stop of cleanup.splice(0).reverse()) await stop();
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  async function hubWith(webhooks: Partial<WebhookConfig> = {}): Promise<RunningHub> {
    const hub = await startTestHub({ adminKey: ADMIN_KEY, webhooks: fastWebhooks(webhooks) }, { database: keepOpen(database) });
    cleanup.push(() => hub.stop());
    return hub;
  }
  async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
    const r = await startReceiver(...args);
    cleanup.push(() => r.stop());
    return r;
  }
  const deliveries = async (hub: RunningHub, id: string) => (await call(hub.url, DELIVERIES, { id }, ADMIN_KEY)).webhookDeliveries.edges.map((e: { node: unknown }) => e.node);
  /** A brand with a webhook to `url` for MASTER_UPDATED, and a campaign whose master the test can change. */
  async function subscribed(url: string) {
    const brandId = await f.brand('Durable');
    const hook = await f.webhook(brandId, url, ['MASTER_UPDATED']);
    const campaignId = await f.campaign(brandId);
    let version = 1;
    const changeMaster = () => gql(api, MASTER, { i: { campaignId, expectedVersion: version++, master: { ...MASTERS.en, headline: `Version ${version}` } } });
    return { brandId, hook, campaignId, changeMaster };
  }

  it('should never deliver an event recorded in a transaction that rolled back', async () => {
    const r = await receiver();
    const hub = await hubWith();
    const { brandId, changeMaster } = await subscribed(r.url);
    const ghost = { id: hub.deps.ids.newId(), event: 'MASTER_UPDATED' as const, brandId, occurredAt: new Date(), data: { ghost: true } };
    await expect(
      hub.deps.store.transaction(async (tx) => {
        await tx.outbox.add(ghost);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await changeMaster();
    await until(() => r.received.length === 1, 15_000, 'the committed event');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.events().map((e) => e.data)).toEqual([expect.objectContaining({ version: 2 })]);
    expect(r.events().some((e) => e.id === ghost.id)).toBe(false);
  });

  it('should deliver after a restart a delivery that was pending before it', async () => {
    let up = false;
    const r = await receiver(() => (up ? { status: 204 } : { status: 503, body: 'maintenance' }));
    const first = await hubWith({ retry: { baseDelayMs: 1_500, maxDelayMs: 1_500, giveUpAfterMs: 86_400_000 } });
    const { hook, changeMaster } = await subscribed(r.url);
    await changeMaster();
    await until(() => r.received.length === 1, 15_000, 'the first attempt');
    await first.stop();
    up = true;
    const second = await hubWith();
    await until(() => r.received.length === 2, 15_000, 'the attempt after the restart');
    expect(r.received[1]!.at - r.received[0]!.at).toBeGreaterThanOrEqual(700);
    await until(async () => (await deliveries(second, hook.id))[0]?.status === 'SUCCEEDED', 5_000, 'SUCCEEDED');
    expect((await deliveries(second, hook.id))[0].attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 204]);
    expect(new Set(r.events().map((e) => e.id)).size).toBe(1);
  });

  it('should deliver each event once when two hubs share the database', async () => {
    const r = await receiver();
    await Promise.all([hubWith({ batchSize: 3 }), hubWith({ batchSize: 3 })]);
    const { changeMaster } = await subscribed(r.url);
    for (let i = 0; i < 12; i++) await changeMaster();
    await until(() => r.received.length >= 12, 20_000, 'twelve deliveries');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ids = r.events().map((e) => e.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('should mark a delivery FAILED once the retry window has passed', async () => {
    const r = await receiver(() => ({ status: 500 }));
    const hub = await hubWith({ retry: { baseDelayMs: 100, maxDelayMs: 200, giveUpAfterMs: 600 } });
    const { hook, changeMaster } = await subscribed(r.url);
    await changeMaster();
    await until(async () => (await deliveries(hub, hook.id))[0]?.status === 'FAILED', 15_000, 'FAILED');
    const [delivery] = await deliveries(hub, hook.id);
    expect(delivery.attempts.length).toBeGreaterThanOrEqual(3);
    expect(delivery.attempts.every((a: { statusCode: number }) => a.statusCode === 500)).toBe(true);
    const count = r.received.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.received.length).toBe(count);
  });

  it('should count no answer within the timeout as a failed attempt', async () => {
    const r = await receiver((n) => (n === 0 ? 'hang' : { status: 200 }));
    const hub = await hubWith({ timeoutMs: 300 });
    const { hook, changeMaster } = await subscribed(r.url);
    await changeMaster();
    await until(async () => (await deliveries(hub, hook.id))[0]?.status === 'SUCCEEDED', 15_000, 'SUCCEEDED');
    const [delivery] = await deliveries(hub, hook.id);
    expect(delivery.attempts.map((a: { statusCode: number | null; error: string | null }) => [a.statusCode, a.error])).toEqual([
      [null, 'no answer within 300 ms'],
      [200, null],
    ]);
  });

  it('should enforce http(s) URLs and the host allow-list at creation and again at delivery', async () => {
    const r = await receiver();
    const narrow = await hubWith({ allowedHosts: ['hooks.example.com', '*.partner.example'] });
    const create = 'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }';
    const attempt = (url: string) => api.raw(create, { i: { url, events: ['MASTER_UPDATED'] } });
    expect(codes(await attempt('ftp://hooks.example.com/x'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await attempt('javascript:alert(1)'))).toEqual(['BAD_USER_INPUT']);
    const refused = await postCreate(narrow.url, r.url);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK.HOST_NOT_ALLOWED' });
    expect(await postCreate(narrow.url, 'https://eu.partner.example/in')).toMatchObject({ data: { createWebhook: { webhook: { id: expect.any(String) } } } });
    const { hook, changeMaster } = await subscribed(r.url);
    await changeMaster();
    await until(async () => (await deliveries(narrow, hook.id))[0]?.attempts.length >= 1, 15_000, 'a refused attempt');
    expect((await deliveries(narrow, hook.id))[0].attempts[0]).toMatchObject({ statusCode: null, error: 'host not allowed by HUB_WEBHOOK_ALLOWED_HOSTS' });
    expect(r.received).toHaveLength(0);
  });

  async function postCreate(url: string, hookUrl: string) {
    const query = 'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }';
    return (await postGraphQL(url, { query, variables: { i: { url: hookUrl, events: ['MASTER_UPDATED'] } } }, ADMIN_KEY)).json;
  }
});
