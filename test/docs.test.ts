import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARS, findProjectRoot } from '../src/config';

const root = findProjectRoot();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('docs that match the code', () => {
  it('should list every configuration variable in .env.example and the README table, and no others', () => {
    const example = [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    const section = read('README.md').split(/^## /m).find((s) => s.startsWith('Configuration\n')) ?? '';
    const readme = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    const vars = Object.keys(CONFIG_VARS).sort();
    expect([...new Set(example)].sort()).toEqual(vars);
    expect([...new Set(readme)].sort()).toEqual(vars);
  });

  it('should start the README with the two commands CI relies on', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(read('.ci/run')).toMatch(/^npm test$/m);
  });

  it('should explain every runtime dependency in the README', () => {
    const deps = Object.keys(JSON.parse(read('package.json')).dependencies as Record<string, string>);
    const readme = read('README.md');
    expect(deps.filter((d) => !readme.includes(`\`${d}\``))).toEqual([]);
  });

  it('should show receivers the very signature check the webhook tests run', () => {
    const example = read('scripts/examples/verify-signature.js').split('\n').slice(2).join('\n').trim();
    expect(example).toContain('timingSafeEqual');
    expect(read('README.md')).toContain(example);
  });
});
