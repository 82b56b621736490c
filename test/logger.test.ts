import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { createLogger, errorText } from '../src/logger';
import { ADMIN_KEY } from './support/api';
import { freshPglite } from './support/databases';
import { postGraphQL, startTestHub } from './support/hub';

describe('the process log', () => {
  it('should not write the values of a failed query: a webhook whose insert fails leaks neither its URL token nor its secret', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const hub = await startTestHub({ adminKey: ADMIN_KEY }, { database: await freshPglite(), logger: createLogger('info', sink) });
    try {
      // NOTE: a constraint no new row meets stands in for any database failure at the insert itself.
      await hub.database.db.execute(sql`alter table webhooks add constraint refuse_all check (false) not valid`);
      const url = 'https://hooks.example.com/tonehub?token=receiver-token-123';
      const { json } = await postGraphQL(hub.url, { query: 'mutation($u: String!) { createWebhook(input: {url: $u, events: [MASTER_UPDATED]}) { secret } }', variables: { u: url } }, ADMIN_KEY);
      expect(json.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const logged = lines.join('');
      const unexpected = lines.map((l) => JSON.parse(l)).find((entry) => entry.msg === 'unexpected error');
      expect(unexpected.err.message).toMatch(/^Failed query: insert into "webhooks" .*\nparams: \[redacted\]: new row .* violates check constraint/);
      expect(unexpected.err.params).toBeUndefined();
      expect(logged).not.toContain('receiver-token-123');
      expect(logged).not.toContain('whsec_');
    } finally {
      await hub.stop();
    }
  });

  it('should print a failed query for a terminal without its values', () => {
    const failed = Object.assign(new Error('Failed query: insert into "api_keys" values ($1)\nparams: sha256-of-the-admin-key'), { params: ['sha256-of-the-admin-key'] });
    expect(errorText(failed)).toBe('Failed query: insert into "api_keys" values ($1)\nparams: [redacted]');
    expect(errorText(failed, true)).not.toContain('sha256-of-the-admin-key');
    expect(errorText('plain')).toBe('plain');
  });
});
