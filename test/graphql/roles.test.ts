import { buildHubSchema } from '../../src/graphql/build-schema';
import type { Database } from '../../src/store/database';
import { codes, createTestApi, type TestApi } from '../support/api';
import { freshPglite } from '../support/databases';
import { fixtures } from '../support/world';
import { ALL, type Op, OPS, type Role, type Scope, type World } from './role-matrix';

/**
 * The role matrix of the contract: every role × every operation, with a key for every brand, a key limited to
 * the target brand (own) and a key limited to another brand (other). Allowed: data (own, every); NOT_FOUND for
 * the other brand's key (it learns nothing of brand A). Not allowed: FORBIDDEN. No key or a revoked one:
 * UNAUTHENTICATED. Each case prepares fresh state as ADMIN, so every allowed call can succeed.
 */
function expected(op: Op, role: Role, scope: Scope): string {
  if (scope === 'other' && op.outer?.includes(role)) return 'NOT_FOUND';
  if (!op.allowed.includes(role)) return 'FORBIDDEN';
  if (scope === 'every') return 'ok';
  return op.scoped?.[scope] ?? (scope === 'own' ? 'ok' : 'NOT_FOUND');
}

const CASES = OPS.flatMap((op) => ALL.flatMap((role) => (['every', 'own', 'other'] as const).map((scope) => [op.label ?? op.field, role, scope, expected(op, role, scope), op] as const)));

describe('the role matrix', () => {
  let database: Database;
  let api: TestApi;
  let w: World;
  const keys = new Map<string, string>();

  beforeAll(async () => {
    database = await freshPglite();
    api = await createTestApi(database);
    const f = fixtures(api);
    const [brandA, brandB] = [await f.brand('A'), await f.brand('B')];
    w = { brandA, brandB, campaignA: await f.campaign(brandA), f } as World;
    for (const role of ALL) {
      keys.set(`${role}:every`, (await f.key(role)).secret);
      keys.set(`${role}:own`, (await f.key(role, [brandA])).secret);
      keys.set(`${role}:other`, (await f.key(role, [brandB])).secret);
    }
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  it('should have a row for every Query and Mutation field of the schema', () => {
    const schema = buildHubSchema();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(fields.filter((f) => !OPS.some((op) => op.field === f))).toEqual([]);
  });

  it.each(CASES)('%s as %s (key for %s brand) → %s', async (_label, role, scope, outcome, op) => {
    const { query, variables } = await op.prepare(w);
    const result = await api.raw(query, variables, keys.get(`${role}:${scope}`));
    if (outcome !== 'ok') {
      expect(codes(result)).toEqual([outcome]);
      return;
    }
    expect(result.errors).toBeUndefined();
    op.check?.(result.data, { role, scope, w });
  });

  it.each(OPS.map((op) => [op.label ?? op.field, op] as const))('%s without a key or with a revoked key → UNAUTHENTICATED', async (_label, op) => {
    const { query, variables } = await op.prepare(w);
    const revoked = await w.f.key('ADMIN');
    await api.raw('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: revoked.id });
    expect(codes(await api.raw(query, variables, ''))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.raw(query, variables, revoked.secret))).toEqual(['UNAUTHENTICATED']);
  });
});
