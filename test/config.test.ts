import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('should default to embedded PGlite in ./data on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, bodyLimit: '1mb', production: false });
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
});
