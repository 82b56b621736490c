import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_SPECS, CHANNELS, type Channel } from '../../src/domain/channel';
import { checkLimits } from '../../src/domain/channel/check-limits';
import type { VariantContent } from '../../src/domain/variant/variant-content';
import { createHandlebarsRenderer, type HandlebarsRenderer } from '../../src/render/handlebars-renderer';
import { twitterMetrics } from '../../src/lang/twitter-metrics';

const LOCALES = ['en', 'ru', 'kk', 'ca', 'fi'] as const;
const DATE = '2026-03-01';
const URL_LIKE = /https?:\/\/|www\.|\b[\p{L}\d-]+\.(?:com|ru|kz|cat|fi|example)\b/iu;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/iu;

let renderer: HandlebarsRenderer;
beforeAll(async () => {
  renderer = await createHandlebarsRenderer({ metrics: twitterMetrics });
});

function phrase(locale: string, key: string): string {
  const file = join(__dirname, '../../templates/phrases', `${locale}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[key] ?? '';
}

/** Every plain-text field of a variant, joined (slides included). */
function plainText(content: VariantContent): string {
  const { html: _html, slides, ...fields } = content;
  return [...(slides ?? []), ...Object.values(fields)].join('\n');
}

function numbersOf(text: string): Set<string> {
  return new Set(text.match(/\p{N}+/gu) ?? []);
}

const cases = LOCALES.flatMap((locale) => CHANNELS.map((channel) => [locale, channel] as [string, Channel]));

describe.each(cases)('the %s fixture as %s', (locale, channel) => {
  let content: VariantContent;
  const fixture = () => renderer.fixture(locale);
  beforeAll(async () => {
    const result = await renderer.render({ channel, locale, ...fixture(), date: DATE });
    expect(result.problems).toEqual([]);
    content = result.content;
  });

  it('should obey every limit of the channel spec, recommended ones included', () => {
    expect(checkLimits(CHANNEL_SPECS[channel], content, DATE, twitterMetrics)).toEqual([]);
  });

  it('should carry every key fact verbatim', () => {
    const text = plainText(content);
    for (const fact of fixture().master.keyFacts) expect(text).toContain(fact);
  });

  it('should link the CTA URL where the channel allows links, and carry no URL where it does not', () => {
    const { url } = fixture().master.callToAction;
    if (CHANNEL_SPECS[channel].allowsLinks) {
      expect(content.text ?? content.body).toContain(url);
    } else {
      for (const text of [...(content.slides ?? []), content.caption ?? '']) expect(text).not.toMatch(URL_LIKE);
      expect(content.caption).toContain(phrase(locale, 'linkInBio'));
      expect(content.slides?.at(-1)?.toLocaleLowerCase(locale)).toContain(phrase(locale, 'linkInBio'));
    }
  });

  it('should write plain text without HTML entities, exclamation marks or emoji (the master has none)', () => {
    const text = plainText(content);
    const { master } = fixture();
    expect(`${master.headline} ${master.body} ${master.keyFacts.join(' ')}`).not.toMatch(/[!\p{Extended_Pictographic}]/u);
    expect(text).not.toMatch(ENTITY);
    expect(text).not.toMatch(/[!\p{Extended_Pictographic}]/u);
  });

  it('should invent no number the master does not state', () => {
    const { master, brandName } = fixture();
    const stated = numbersOf([master.headline, master.body, master.callToAction.url, brandName, ...master.keyFacts].join(' '));
    for (const n of numbersOf(plainText(content))) expect(stated).toContain(n);
  });

  it('should render HTML for the channels that have an HTML template', () => {
    if (channel === 'EMAIL' || channel === 'BLOG_POST') {
      expect(content.html).toContain(`lang="${locale}"`);
      const escapedUrl = fixture().master.callToAction.url.replace(/&/gu, '&amp;');
      expect(content.html).toContain(`href="${escapedUrl}"`);
    }
  });
});

describe('merge tags in a master', () => {
  it('should survive in every Finnish text and HTML output', async () => {
    const fixture = renderer.fixture('fi');
    expect(fixture.master.body).toContain('{{first_name}}');
    for (const channel of ['EMAIL', 'BLOG_POST'] as const) {
      const { content } = await renderer.render({ channel, locale: 'fi', ...fixture, date: DATE });
      expect(content.body).toContain('Hei {{first_name}},');
      expect(content.html).toContain('Hei {{first_name}},');
    }
  });
});
