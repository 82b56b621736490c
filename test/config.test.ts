import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('should default to embedded PGlite in ./data on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, bodyLimit: '1mb' });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('./data') });
  });

  it('should use a PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/hub', DATABASE_POOL_MAX: '4', PORT: '8080' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/hub', poolMax: 4 });
    expect(config.port).toBe(8080);
  });

  it('should name every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', HUB_ADMIN_KEY: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', HUB_ADMIN_KEY: 'short' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT.*DATABASE_URL.*HUB_ADMIN_KEY/s);
    }
  });

  it('should read the webhook allow-list and retry timing, refusing a retry window under the promised day', () => {
    const config = loadConfig({ HUB_WEBHOOK_ALLOWED_HOSTS: ' hooks.example.com, *.partner.example ,', HUB_WEBHOOK_RETRY_BASE_MS: '2000', HUB_WEBHOOK_RETRY_HOURS: '48' });
    expect(config.webhooks).toMatchObject({ allowedHosts: ['hooks.example.com', '*.partner.example'], timeoutMs: 10_000, pollIntervalMs: 1000 });
    expect(config.webhooks.retry).toEqual({ baseDelayMs: 2000, maxDelayMs: 3_600_000, giveUpAfterMs: 48 * 3_600_000 });
    expect(loadConfig({}).webhooks.allowedHosts).toEqual([]);
    expect(() => loadConfig({ HUB_WEBHOOK_RETRY_HOURS: '2' })).toThrow(/HUB_WEBHOOK_RETRY_HOURS/);
    expect(() => loadConfig({ HUB_WEBHOOK_ALLOWED_HOSTS: 'http://x.example/path' })).toThrow(/HUB_WEBHOOK_ALLOWED_HOSTS/);
  });

  it('should turn AI mode on with a key or a base URL, and leave it off with neither', () => {
    expect(loadConfig({}).ai).toMatchObject({ enabled: false, model: 'gpt-4o-mini', timeoutMs: 30000, concurrency: 4, maxRepairs: 2 });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-x' }).ai).toMatchObject({ enabled: true, apiKey: 'sk-x', baseUrl: undefined });
    const ollama = loadConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_MODEL: 'llama3.2', OPENAI_TIMEOUT_MS: '60000', AI_CONCURRENCY: '2', AI_MAX_REPAIRS: '0' });
    expect(ollama.ai).toMatchObject({ enabled: true, baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', timeoutMs: 60000, concurrency: 2, maxRepairs: 0 });
    expect(() => loadConfig({ OPENAI_BASE_URL: 'localhost:11434', AI_CONCURRENCY: '0' })).toThrow(/OPENAI_BASE_URL.*AI_CONCURRENCY/s);
    expect(loadConfig({ OPENAI_API_KEY: '', OPENAI_BASE_URL: '' }).ai?.enabled).toBe(false);
  });
});
