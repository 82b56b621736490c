import { LoopbackModel } from '../../scripts/support/loopback-model';
import { MASTERS } from '../fixtures/masters';
import { aiConfig } from '../support/ai';
import { ADMIN_KEY } from '../support/api';
import { freshPglite } from '../support/databases';
import { postGraphQL, startTestHub } from '../support/hub';
import { until } from '../support/until';

const TIMEOUT_MS = 1500;

describe('a hub whose model hangs', () => {
  it('should answer with template variants within the timeout and stay healthy meanwhile', async () => {
    const model = await LoopbackModel.start(() => ({ hang: true }));
    const hub = await startTestHub({ adminKey: ADMIN_KEY, ai: aiConfig(model.baseUrl, { timeoutMs: TIMEOUT_MS }) }, { database: await freshPglite() });
    try {
      const brand = await postGraphQL(hub.url, { query: 'mutation { createBrand(input: {name: "Hang", defaultLocale: "en"}) { id } }' }, ADMIN_KEY);
      const campaign = await postGraphQL(
        hub.url,
        { query: 'mutation($b: ID!, $m: MasterMessageInput!) { createCampaign(input: {brandId: $b, name: "L", master: $m}) { id } }', variables: { b: brand.json.data.createBrand.id, m: MASTERS.en } },
        ADMIN_KEY,
      );
      const started = Date.now();
      const generating = postGraphQL(
        hub.url,
        {
          query: 'mutation($c: ID!) { generateVariants(input: {campaignId: $c, mode: AI}) { channel source status drift { notes { message } } } }',
          variables: { c: campaign.json.data.createCampaign.id },
        },
        ADMIN_KEY,
      );
      await until(() => model.inFlight === 4, TIMEOUT_MS, 'four model calls in flight');
      const health = await fetch(`${hub.url}/health`);
      expect(health.status).toBe(200);
      const answer = await generating;
      const elapsed = Date.now() - started;

      expect(answer.status).toBe(200);
      const variants = answer.json.data.generateVariants as Array<{ source: string; status: string; drift: { notes: Array<{ message: string }> } }>;
      expect(variants).toHaveLength(4);
      for (const v of variants) {
        expect(v).toMatchObject({ source: 'TEMPLATE', status: 'DRAFT' });
        expect(v.drift.notes.map((n) => n.message).join(' ')).toMatch(/AI generation failed \(no answer within the 1500 ms budget after 1 call/);
      }
      // NOTE: the budget plus rendering and storing four variants on a shared machine; far below a hang.
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 2500);
      // The hub gave up on the hanging calls: it closed their connections.
      await until(() => model.inFlight === 0, 1000, 'the hanging calls to be closed');
    } finally {
      await hub.stop();
      await model.close();
    }
  });
});
