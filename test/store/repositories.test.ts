import type { Store } from '../../src/app/ports/store';
import { DEFAULT_TONE_RULES } from '../../src/domain/brand/tone-rules';
import type { MasterMessage } from '../../src/domain/campaign/master-message';
import type { Database } from '../../src/store/database';
import { createStore } from '../../src/store/pg-store';
import { uuidIds } from '../../src/system';
import { backends, freshDatabase } from '../support/databases';

const now = new Date('2026-11-23T10:00:00Z');
const actor = uuidIds.newId();
const master = (version: number, headline = 'Launch'): MasterMessage => ({
  version,
  locale: 'en',
  headline,
  body: 'Body',
  callToAction: { text: 'Go', url: 'https://x.example' },
  keyFacts: ['one fact'],
  createdAt: now,
});

describe.each(backends())('repositories on %s', (backend) => {
  let database: Database;
  let store: Store;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    store = createStore(database.db);
  });
  afterAll(() => database.close());

  async function brand(name = 'B') {
    const b = { id: uuidIds.newId(), name, defaultLocale: 'en', toneRules: DEFAULT_TONE_RULES, version: 1, requireDistinctApprover: false, createdAt: now, updatedAt: now };
    await store.brands.insert(b);
    return b;
  }

  it('should let exactly one of many concurrent appendMaster calls on one version win, each in its own transaction', async () => {
    const b = await brand();
    const campaign = { id: uuidIds.newId(), brandId: b.id, name: 'C', currentVersion: 1, createdAt: now, updatedAt: now };
    await store.transaction((tx) => tx.campaigns.insert(campaign, master(1), actor));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.transaction((tx) => tx.campaigns.appendMaster(campaign.id, 1, master(2, `E${i}`), actor))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.campaigns.masterHistory(campaign.id, 2)).map((m) => m.version)).toEqual([1, 2]);
    expect(results.find(Boolean)?.currentVersion).toBe(2);
  });

  it('should roll back every write of a failed transaction', async () => {
    const b = await brand();
    const campaign = { id: uuidIds.newId(), brandId: b.id, name: 'Rolled back', currentVersion: 1, createdAt: now, updatedAt: now };
    await expect(
      store.transaction(async (tx) => {
        await tx.campaigns.insert(campaign, master(1), actor);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.campaigns.findById(campaign.id)).toBeUndefined();
  });

  it('should answer undefined, not fail, for malformed ids', async () => {
    expect(await store.brands.findById('nope')).toBeUndefined();
    expect(await store.campaigns.findById('1; drop table campaigns')).toBeUndefined();
    expect(await store.campaigns.masterHistory('x', 1)).toEqual([]);
    expect(await store.apiKeys.revoke('x', now)).toBeUndefined();
  });

  it('should list only the brands a scoped key names', async () => {
    const [a, , c] = [await brand('A'), await brand('B2'), await brand('C')];
    const page = await store.brands.list({ first: 10 }, [a.id, c.id]);
    expect(page.items.map((x) => x.name)).toEqual(['A', 'C']);
  });

  it('should replace the HUB_ADMIN_KEY row when the secret changes, and revoke keys', async () => {
    const key = { id: uuidIds.newId(), name: 'env', role: 'ADMIN' as const, brandIds: [], createdAt: now, revokedAt: null };
    await store.apiKeys.upsert(key, 'hash-1');
    await store.apiKeys.upsert(key, 'hash-2');
    expect(await store.apiKeys.findBySecretHash('hash-1')).toBeUndefined();
    expect((await store.apiKeys.findBySecretHash('hash-2'))?.id).toBe(key.id);
    const revoked = await store.apiKeys.revoke(key.id, now);
    expect(revoked?.revokedAt).toEqual(now);
  });
});
