import { ADMIN_KEY } from '../support/api';
import { freshPglite } from '../support/databases';
import { postGraphQL, startTestHub } from '../support/hub';
import type { RunningHub } from '../../src/hub';

describe('the hub over HTTP', () => {
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startTestHub({ adminKey: ADMIN_KEY }, { database: await freshPglite() });
  });
  afterAll(() => hub.stop());

  it('should answer /health with 200 while the database answers', async () => {
    const response = await fetch(`${hub.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('should answer UNAUTHENTICATED (401) without a key, with a wrong key and with a malformed header', async () => {
    const query = { query: '{ brands { edges { cursor } } }' };
    const variants: Array<Record<string, string>> = [{}, { authorization: 'Bearer thk_wrong' }, { authorization: 'Basic abc' }];
    for (const headers of variants) {
      const { status, json } = await postGraphQL(hub.url, query, undefined, headers);
      expect(status).toBe(401);
      expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('should serve the contract operations with HUB_ADMIN_KEY and echo a request id', async () => {
    const { status, json, headers } = await postGraphQL(
      hub.url,
      { query: 'mutation($i: CreateBrandInput!) { createBrand(input: $i) { id name } }', variables: { i: { name: 'Acme', defaultLocale: 'ca' } } },
      ADMIN_KEY,
      { 'x-request-id': 'req-42' },
    );
    expect(status).toBe(200);
    expect(json.data.createBrand.name).toBe('Acme');
    expect(headers.get('x-request-id')).toBe('req-42');
  });

  it('should refuse a body over the limit with a coded 413, and malformed JSON with a coded 400', async () => {
    const big = await postGraphQL(hub.url, { query: `{ brand(id: "${'x'.repeat(70_000)}") { id } }` }, ADMIN_KEY);
    expect(big.status).toBe(413);
    expect(big.json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await postGraphQL(hub.url, '{"query": ', ADMIN_KEY);
    expect(broken.status).toBe(400);
    expect(broken.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('should answer a malformed URL escape and a broken gzip body with a coded 400, not a 500', async () => {
    const url = await fetch(`${hub.url}/review/campaigns/%E0%A4%A`);
    expect(url.status).toBe(400);
    expect(((await url.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const gzip = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${ADMIN_KEY}` },
      body: 'not gzip at all',
    });
    expect(gzip.status).toBe(400);
    expect(((await gzip.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('should refuse queries deeper than the depth limit and costlier than the complexity limit', async () => {
    const deep = await postGraphQL(hub.url, { query: '{ brands { edges { node { campaigns { edges { node { brand { campaigns { edges { node { brand { id } } } } } } } } } } } }' }, ADMIN_KEY);
    expect(deep.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const costly = await postGraphQL(hub.url, { query: '{ brands(first: 100) { edges { node { campaigns(first: 100) { edges { node { id name } } } } } } }' }, ADMIN_KEY);
    expect(costly.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('should never include stack traces in error responses', async () => {
    const { json } = await postGraphQL(hub.url, { query: '{ nope }' }, ADMIN_KEY);
    expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(json)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
  });

  it('should refuse a request that repeats a costly field many times through aliases', async () => {
    const check = (i: number) => `c${i}: checkDrift(input: $i) { drifted }`;
    const query = `query($i: DriftCheckInput!) { ${Array.from({ length: 30 }, (_, i) => check(i)).join(' ')} }`;
    const input = { channel: 'TWEET', master: { locale: 'en', headline: 'H', body: 'B', callToAction: { text: 'Go', url: 'https://x.example' }, keyFacts: ['a fact'] }, content: { text: 'Hello' } };
    const { json } = await postGraphQL(hub.url, { query, variables: { i: input } }, ADMIN_KEY);
    expect(json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const few = await postGraphQL(hub.url, { query: `query($i: DriftCheckInput!) { ${check(0)} ${check(1)} }`, variables: { i: input } }, ADMIN_KEY);
    expect(few.json.data?.c1?.drifted).toBe(true);
  });
});
