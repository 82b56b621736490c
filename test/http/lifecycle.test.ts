import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ADMIN_KEY } from '../support/api';
import { freshPglite } from '../support/databases';
import { postGraphQL, startTestHub } from '../support/hub';

describe('the hub across restarts and shutdowns', () => {
  it('should keep its data in the PGlite folder across restarts and print a first-start key only once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonehub-data-'));
    const printed: string[] = [];
    const onAdminKeyCreated = (key: string) => printed.push(key);
    try {
      const first = await startTestHub({ database: { kind: 'pglite', dataDir } }, { onAdminKeyCreated });
      expect(printed).toHaveLength(1);
      const key = printed[0];
      const created = await postGraphQL(first.url, { query: 'mutation { createBrand(input: {name: "Kept", defaultLocale: "fi"}) { id } }' }, key);
      const id = created.json.data.createBrand.id as string;
      await first.stop();

      const second = await startTestHub({ database: { kind: 'pglite', dataDir } }, { onAdminKeyCreated });
      try {
        expect(printed).toHaveLength(1);
        const read = await postGraphQL(second.url, { query: `{ brand(id: "${id}") { name } }` }, key);
        expect(read.json.data.brand.name).toBe('Kept');
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('should finish an in-flight request on shutdown, then close the database', async () => {
    const hub = await startTestHub({ adminKey: ADMIN_KEY }, { database: await freshPglite() });
    const body = JSON.stringify({ query: 'mutation { createBrand(input: {name: "Late", defaultLocale: "en"}) { name } }' });
    const { port } = new URL(hub.url);
    const response = new Promise<{ status?: number; text: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${ADMIN_KEY}` } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const stopped = hub.stop();
    const answer = await response;
    await stopped;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.createBrand.name).toBe('Late');
  });

  it('should answer /health with 503 once the database is unreachable', async () => {
    const hub = await startTestHub({ adminKey: ADMIN_KEY }, { database: await freshPglite() });
    try {
      await hub.database.close();
      const response = await fetch(`${hub.url}/health`);
      expect(response.status).toBe(503);
      const { status, json } = await postGraphQL(hub.url, { query: '{ brands { edges { cursor } } }' }, ADMIN_KEY);
      expect(status).toBe(503);
      expect(json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await hub.stop();
    }
  });
});
