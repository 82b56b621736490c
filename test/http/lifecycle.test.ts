import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { findProjectRoot } from '../../src/config';
import { ADMIN_KEY } from '../support/api';
import { freshPglite } from '../support/databases';
import { postGraphQL, startTestHub } from '../support/hub';
import { waitFor } from '../support/until';

/** Resolves with the first match of `pattern` in what `child` writes to stdout (rejects if it exits first). */
function stdoutMatch(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk) => {
      text += chunk;
      const match = pattern.exec(text);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${text}`)));
  });
}

/** `promise`, or a failure naming `what` after `ms` (so a hung child is killed by the test, not left behind). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('the hub across restarts and shutdowns', () => {
  it('should run under `npm start`: print the first-start key, serve, and exit 0 when npm gets SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonehub-main-'));
    const { DATABASE_URL: _db, HUB_ADMIN_KEY: _key, TEST_DATABASE_URL: _test, NODE_OPTIONS: _opts, ...inherited } = process.env;
    // NOTE: NODE_ENV is not `test` here, as in production: Apollo would then install its own signal handlers.
    const env = { ...inherited, HUB_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', npm_config_loglevel: 'error' };
    // NOTE: its own process group, so that a failed test can stop npm and the hub under it alike.
    const child = spawn('npm', ['start'], { cwd: findProjectRoot(), env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const key = (await within(stdoutMatch(child, /\b(thk_[\w-]{20,})\b/), 30_000, 'first-start key'))[1]!;
      const url = (await within(stdoutMatch(child, /"url":"(http:[^"]+)".*"msg":"tonehub listening"/), 30_000, 'listening log'))[1]!;
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/review`)).status).toBe(200);
      expect((await postGraphQL(url, { query: '{ me { role } }' }, key)).json.data).toEqual({ me: { role: 'ADMIN' } });
      const stopped = stdoutMatch(child, /"msg":"tonehub stopped"/);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await within(stopped, 15_000, 'clean shutdown after SIGTERM');
      expect(await within(exited, 5_000, 'exit of npm')).toEqual([0, null]);
      await within(waitFor(() => fetch(`${url}/health`).then(() => 'up', () => 'down'), (s) => s === 'down', 'the port to close'), 5_000, 'closed port');
    } finally {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // NOTE: ESRCH: nothing of the group is left, as it should be.
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

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
