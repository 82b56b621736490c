import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { type RunningHub, startHub } from '../../src/hub';
import type { Database } from '../../src/store/database';
import { MASTERS } from '../fixtures/masters';
import { ADMIN_KEY, createTestApi, type TestApi } from '../support/api';
import { backends, freshDatabase } from '../support/databases';
import { call, fastWebhooks, keepOpen, testConfig } from '../support/hub';
import { type Receiver, startReceiver } from '../support/receiver';
import { until } from '../support/until';
import { fixtures, gql } from '../support/world';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { verifyTonehubSignature } = require('../../scripts/examples/verify-signature.js') as {
  verifyTonehubSignature: (body: string, header: unknown, secret: string, tolerance?: number, now?: number) => boolean;
};

const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node {
  id eventId event status nextAttemptAt attempts { attempt statusCode responseExcerpt error durationMs } } } } }`;

describe.each(backends())('webhook delivery end to end on %s', (backend) => {
  let database: Database;
  let api: TestApi;
  let hub: RunningHub;
  let f: ReturnType<typeof fixtures>;
  const log: string[] = [];
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    database = await freshDatabase(backend);
    api = await createTestApi(database);
    f = fixtures(api);
    const sink = new Writable({ write: (chunk, _enc, done) => done(void log.push(String(chunk))) });
    hub = await startHub(testConfig({ adminKey: ADMIN_KEY, webhooks: fastWebhooks() }), pino({ level: 'debug' }, sink), { database: keepOpen(database) });
  });
  afterAll(async () => {
    await hub.stop();
    await api.stop();
    for (const r of receivers) await r.stop();
    await database.close();
  });

  const receiver = async (...args: Parameters<typeof startReceiver>) => {
    const r = await startReceiver(...args);
    receivers.push(r);
    return r;
  };
  const deliveries = async (webhookId: string) => (await call(hub.url, DELIVERIES, { id: webhookId }, ADMIN_KEY)).webhookDeliveries.edges.map((e: { node: unknown }) => e.node);

  it('should POST a signed VARIANT_APPROVED event that the documented receiver code verifies', async () => {
    const r = await receiver();
    const brandId = await f.brand('Signed');
    const hook = await f.webhook(brandId, r.url, ['VARIANT_APPROVED']);
    const campaignId = await f.campaign(brandId);
    const approved = await f.approved(campaignId, 'TWEET');
    await until(() => r.received.length === 1, 15_000, 'the delivery');
    const [{ body, headers }] = r.received as [(typeof r.received)[number]];
    const header = String(headers['tonehub-signature']);
    expect(verifyTonehubSignature(body, header, hook.secret)).toBe(true);
    expect(verifyTonehubSignature(`${body} `, header, hook.secret)).toBe(false);
    expect(verifyTonehubSignature(body, header, 'whsec_not-the-secret')).toBe(false);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
    expect(crypto.createHmac('sha256', hook.secret).update(`${t}.${body}`).digest('hex')).toBe(v1);
    expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60);
    expect(verifyTonehubSignature(body, header, hook.secret, 300, Number(t) + 301)).toBe(false);
    const event = JSON.parse(body);
    expect(Object.keys(event).sort()).toEqual(['data', 'event', 'id', 'occurredAt']);
    expect(event).toMatchObject({ event: 'VARIANT_APPROVED', data: { variantId: approved.id, revision: approved.revision, campaignId, brandId, channel: 'TWEET' } });
    expect(headers['content-type']).toBe('application/json');
    await until(async () => (await deliveries(hook.id))[0]?.status === 'SUCCEEDED', 5_000, 'SUCCEEDED');
    expect((await deliveries(hook.id))[0]).toMatchObject({ eventId: event.id, event: 'VARIANT_APPROVED', nextAttemptAt: null, attempts: [{ attempt: 1, statusCode: 200, responseExcerpt: 'ok', error: null }] });
  });

  it('should retry a delivery answered 500 with growing delays, then succeed, and log no secret', async () => {
    const r = await receiver((n) => (n < 2 ? { status: 500, body: `boom ${'x'.repeat(2_000)}` } : { status: 200, body: 'ok' }));
    const brandId = await f.brand('Retried');
    const hook = await f.webhook(brandId, r.url, ['MASTER_UPDATED']);
    const campaignId = await f.campaign(brandId);
    await gql(api, 'mutation($i: UpdateMasterMessageInput!) { updateMasterMessage(input: $i) { id } }', {
      i: { campaignId, expectedVersion: 1, master: { ...MASTERS.en, headline: 'Brightline, now in Tampere' } },
    });
    await until(() => r.received.length === 3, 15_000, 'three attempts');
    const ids = new Set(r.events().map((e) => e.id));
    expect(ids.size).toBe(1);
    for (const got of r.received) expect(verifyTonehubSignature(got.body, got.headers['tonehub-signature'], hook.secret)).toBe(true);
    const [a, b, c] = r.received.map((x) => x.at) as [number, number, number];
    expect(b - a).toBeGreaterThanOrEqual(100);
    expect(c - b).toBeGreaterThanOrEqual(200);
    await until(async () => (await deliveries(hook.id))[0]?.status === 'SUCCEEDED', 5_000, 'SUCCEEDED');
    const [delivery] = await deliveries(hook.id);
    expect(delivery.attempts.map((x: { statusCode: number }) => x.statusCode)).toEqual([500, 500, 200]);
    expect(delivery.attempts[0].responseExcerpt).toMatch(/^boom x+…$/);
    expect(delivery.attempts[0].responseExcerpt.length).toBeLessThanOrEqual(501);
    const text = log.join('');
    expect(text).toContain('will retry');
    for (const secret of [hook.secret, ADMIN_KEY, 'receiver-token-123']) expect(text).not.toContain(secret);
  });

  it('should announce a master change with MASTER_UPDATED and VARIANT_STALE for each variant made from the old master, to matching webhooks only', async () => {
    const [mine, everyBrand, other] = [await receiver(), await receiver(), await receiver()];
    const [brandId, otherBrand] = [await f.brand('Stale'), await f.brand('Other')];
    await f.webhook(brandId, mine.url, ['MASTER_UPDATED', 'VARIANT_STALE']);
    await f.webhook(null, everyBrand.url, ['VARIANT_STALE']);
    await f.webhook(otherBrand, other.url, ['MASTER_UPDATED', 'VARIANT_STALE', 'VARIANT_APPROVED']);
    const campaignId = await f.campaign(brandId);
    const tweet = await f.approved(campaignId, 'TWEET');
    const email = await f.variant(campaignId, 'EMAIL');
    await gql(api, 'mutation($i: UpdateMasterMessageInput!) { updateMasterMessage(input: $i) { id } }', {
      i: { campaignId, expectedVersion: 1, master: { ...MASTERS.en, headline: 'Brightline Bikes, new price' } },
    });
    await until(() => mine.received.length === 3 && everyBrand.received.length === 2, 15_000, 'the events');
    const events = mine.events();
    expect(events.map((e) => e.event).sort()).toEqual(['MASTER_UPDATED', 'VARIANT_STALE', 'VARIANT_STALE']);
    expect(events.find((e) => e.event === 'MASTER_UPDATED')?.data).toMatchObject({ campaignId, version: 2, previousVersion: 1 });
    const stale = events.filter((e) => e.event === 'VARIANT_STALE').map((e) => e.data);
    expect(stale.map((d) => d.variantId).sort()).toEqual([tweet.id, email.id].sort());
    expect(stale.find((d) => d.variantId === tweet.id)).toMatchObject({ masterVersion: 1, approvedRevision: tweet.revision, approvedMasterVersion: 1, currentMasterVersion: 2 });
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(other.received).toHaveLength(0);
  });
});
