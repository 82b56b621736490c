import http from 'node:http';
import { ADMIN_KEY } from '../../support/api';
import { freshPglite } from '../../support/databases';
import { startTestHub } from '../../support/hub';
import type { RunningHub } from '../../../src/hub';

describe('the /review routes over HTTP', () => {
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startTestHub({ adminKey: ADMIN_KEY }, { database: await freshPglite() });
  });
  afterAll(() => hub.stop());

  const get = (path: string) => fetch(`${hub.url}${path}`, { redirect: 'manual' });
  /** A GET with the path sent exactly as written (fetch would resolve `..` before sending). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(hub.url);
      http.get({ hostname, port, path }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      }).on('error', reject);
    });

  function expectSecurityHeaders(response: Response): void {
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  }

  it.each(['/review', '/review/', '/review/campaigns', '/review/campaigns/01a20677-2bb1-7175-85e0-1e8992b1b490'])(
    'should serve %s as an HTML shell with strict security headers and no inline script',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expectSecurityHeaders(response);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBe(1);
      for (const [tag, inline] of scripts) {
        expect(tag).toMatch(/ src="\/review\/assets\/[a-z-]+\.js"/);
        expect(inline).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    },
  );

  it('should give the key field no name, so a form submitted without JavaScript never carries the key', async () => {
    const html = await (await get('/review')).text();
    const input = /<input[^>]*id="api-key"[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toContain('type="password"');
    expect(input).not.toMatch(/\sname=/);
    expect(html).not.toMatch(/method="get"/i);
  });

  it('should serve the page scripts as JavaScript and the style sheet as CSS, with the same headers', async () => {
    for (const [file, type] of [['campaign.js', /^text\/javascript|^application\/javascript/], ['review.css', /^text\/css/]] as const) {
      const response = await get(`/review/assets/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expectSecurityHeaders(response);
    }
  });

  it('should never use innerHTML or similar sinks in the page scripts', async () => {
    for (const file of ['api.js', 'campaign.js', 'campaigns.js', 'decision.js', 'dom.js', 'highlight.js', 'messages.js', 'sign-in.js', 'variant-card.js']) {
      const source = (await (await get(`/review/assets/${file}`)).text()).replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect({ file, sinks: source.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/g) }).toEqual({ file, sinks: null });
    }
  });

  it.each(['/review/assets/../../package.json', '/review/assets/%2e%2e/%2e%2e/package.json', '/review/assets/..%2f..%2fpackage.json', '/review/assets/nope.js', '/review/nope', '/review/assets/'])(
    'should answer 404 for %s, still with the security headers',
    async (path) => {
      const response = await rawGet(path);
      expect(response.status).toBe(404);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.body).not.toContain('"name": "tonehub"');
    },
  );
});
