import { authenticate } from '../../src/app/api-keys';
import type { Database } from '../../src/store/database';
import { apiKeyCli, OPERATOR } from '../../scripts/apikey-cli';
import { createTestApi, type TestApi } from '../support/api';
import { freshPglite } from '../support/databases';
import { fixtures } from '../support/world';

describe('npm run apikey', () => {
  let database: Database;
  let api: TestApi;
  let brandId: string;

  beforeAll(async () => {
    database = await freshPglite();
    api = await createTestApi(database);
    brandId = await fixtures(api).brand('CLI');
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  async function cli(...argv: string[]) {
    const lines: string[] = [];
    const code = await apiKeyCli(argv, api.deps, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  }

  it('should create a brand-limited key, print its secret once, list it without the secret, and revoke it', async () => {
    const created = await cli('create', '--role', 'reader', '--brand', brandId, '--name', 'CMS plugin');
    expect(created.code).toBe(0);
    const secret = /\b(thk_[\w-]{20,})\b/.exec(created.text)?.[1] ?? '';
    const principal = await authenticate(api.deps, secret);
    expect(principal).toMatchObject({ role: 'READER', name: 'CMS plugin', brandIds: [brandId] });
    const listed = await cli('list');
    expect(listed.text).toContain(`${principal.keyId}  READER    CMS plugin  [${brandId}]`);
    expect(listed.text).not.toContain(secret);
    expect((await cli('revoke', principal.keyId)).text).toMatch(/^Revoked: .* revoked \d{4}-/);
    await expect(authenticate(api.deps, secret)).rejects.toThrow('revoked');
    const audit = await api.deps.store.audit.list({ first: 5 });
    expect(audit.items.slice(0, 2).map((e) => [e.action, e.actorName])).toEqual([
      ['API_KEY_REVOKED', OPERATOR.name],
      ['API_KEY_CREATED', OPERATOR.name],
    ]);
  });

  it.each([
    [['create', '--role', 'ROOT'], 2, /--role must be one of/],
    [['create', '--role', 'READER', '--brand', '01a20677-2bb1-7175-85e0-1e8992b1b490'], 1, /Brand .* was not found/],
    [['create', '--role', 'READER', '--colour', 'red'], 2, /Unknown option/],
    [['revoke', 'nope'], 1, /ApiKey "nope" was not found/],
    [['rotate'], 2, /Usage:/],
    [[], 2, /Usage:/],
  ])('should answer %j with exit code %d and a message', async (argv, code, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(code);
    expect(result.text).toMatch(message);
  });
});
