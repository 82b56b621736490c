import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TemplateProblem } from '../../src/app/ports/renderer';
import type { ChannelSpec } from '../../src/domain/channel/channel-spec';
import { checkLimits } from '../../src/domain/channel/check-limits';
import { createHandlebarsRenderer } from '../../src/render/handlebars-renderer';
import { twitterMetrics } from '../../src/lang/twitter-metrics';

const TEMPLATES = join(__dirname, '../../templates');

/** A channel the hub does not have: an SMS of at most 160 characters. Only a spec and a template folder. */
const smsSpec: ChannelSpec<'SMS'> = {
  channel: 'SMS',
  label: 'SMS',
  allowsLinks: true,
  sections: [{ name: 'text', required: true, purpose: 'the message, with the CTA URL' }],
  limits: [{ id: 'sms.length', sections: ['text'], measure: 'characters', level: 'hard', history: [{ since: '2000-01-01', max: 160 }], note: 'One GSM segment.' }],
};

const linkedInSpec: ChannelSpec<'LINKEDIN'> = {
  channel: 'LINKEDIN',
  label: 'LinkedIn post',
  allowsLinks: true,
  sections: [{ name: 'text', required: true, purpose: 'the post' }],
  limits: [{ id: 'linkedin.length', sections: ['text'], measure: 'characters', level: 'hard', history: [{ since: '2020-01-01', max: 3000 }], note: 'Posts are cut at 3,000 characters.' }],
};

let dir: string;

function templatesWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(dir, 't-'));
  for (const folder of ['partials', 'phrases', 'fixtures']) cpSync(join(TEMPLATES, folder), join(root, folder), { recursive: true });
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

const SMS_TEXT = '{{#flex min=10}}{{oneLine master.headline}}{{/flex}}\n{{join master.keyFacts ", "}}\n{{master.callToAction.url}}\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonehub-templates-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a channel added as a spec and a template folder', () => {
  it('should render SMS and LinkedIn variants without any renderer change', async () => {
    const templatesDir = templatesWith({
      'sms/text.hbs': SMS_TEXT,
      'linkedin/text.hbs': '{{master.headline}}\n\n{{master.body}}\n\n{{> key-facts bullet="→"}}\n\n{{> cta}}\n\n{{hashtags hashtagTerms}}',
    });
    const renderer = await createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec, linkedInSpec] });
    expect(renderer.channelIds()).toEqual(['SMS', 'LINKEDIN']);
    const fixture = renderer.fixture('ca');
    for (const spec of [smsSpec, linkedInSpec]) {
      const { content, problems } = await renderer.render({ channel: spec.channel, locale: 'ca', ...fixture, date: '2026-03-01' });
      expect(problems).toEqual([]);
      expect(checkLimits(spec, content, '2026-03-01', twitterMetrics)).toEqual([]);
      for (const fact of fixture.master.keyFacts) expect(content.text).toContain(fact);
      expect(content.text).toContain(fixture.master.callToAction.url);
    }
  });

  it('should name the partial and its line when a partial fails while rendering', async () => {
    const templatesDir = templatesWith({ 'sms/text.hbs': SMS_TEXT, 'partials/boom.hbs': 'fine\n{{formatNumber brand.name}}' });
    const renderer = await createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec] });
    const { problems, content } = await renderer.render({ channel: 'SMS', locale: 'fi', ...renderer.fixture('fi'), templates: { text: 'x\n{{> boom}}' } });
    const problem = problems[0] as TemplateProblem;
    expect(problem).toMatchObject({ template: 'SMS/text (override)', partial: 'boom', line: 2, column: 1, locale: 'fi', usedFallback: true });
    expect(content.text).toContain('https://kuura.example.fi/talvitakki');
  });
});

describe('starting the renderer', () => {
  it('should fail when a channel has no template folder', async () => {
    await expect(createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir: templatesWith({}), specs: [smsSpec] })).rejects.toThrow(
      'templates: no folder sms/ for channel SMS',
    );
  });

  it('should fail when a required section has no template', async () => {
    const templatesDir = templatesWith({ 'sms/README.md': 'notes' });
    await expect(createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec] })).rejects.toThrow('SMS has no template for required section text');
  });

  it('should fail on a template that fills no section', async () => {
    const templatesDir = templatesWith({ 'sms/text.hbs': SMS_TEXT, 'sms/txt.hbs': 'typo' });
    await expect(createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec] })).rejects.toThrow('sms/txt.hbs fills no section of SMS');
  });

  it('should fail on a broken built-in template, naming file and line', async () => {
    const templatesDir = templatesWith({ 'sms/text.hbs': '{{master.headline}}\n{{#if}}' });
    await expect(createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec] })).rejects.toThrow(/^sms\/text\.hbs at line 2, column \d+: Parse error/u);
  });

  it('should fail without an English phrase file to fall back to', async () => {
    const templatesDir = templatesWith({ 'sms/text.hbs': SMS_TEXT });
    rmSync(join(templatesDir, 'phrases', 'en.json'));
    await expect(createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec] })).rejects.toThrow('en.json is missing');
  });
});

describe('warming up at start-up', () => {
  it('should fail when a built-in template breaks on the English fixture, naming file and line', async () => {
    const templatesDir = templatesWith({ 'sms/text.hbs': '{{master.headline}}\n{{formatDate master.body}}' });
    await expect(createHandlebarsRenderer({ metrics: twitterMetrics, templatesDir, specs: [smsSpec] })).rejects.toThrow(
      /^sms\/text\.hbs at line 2, column 1: helper formatDate: formatDate needs an ISO date/u,
    );
  });
});
