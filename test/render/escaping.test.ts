import type { MasterMessageDraft } from '../../src/domain/campaign/master-message';
import { createHandlebarsRenderer, type HandlebarsRenderer } from '../../src/render/handlebars-renderer';
import { twitterMetrics } from '../../src/lang/twitter-metrics';

const HOSTILE = `<script>alert("x")</script> Tom & Jerry's "deal"`;
const TAGS = '{{first_name}} *|FNAME|* %%FirstName%%';

const master: MasterMessageDraft = {
  locale: 'en',
  headline: `Aurora <b>now</b> & more`,
  body: `Hi ${TAGS},\n\n${HOSTILE}`,
  callToAction: { text: 'Pre-order <now>', url: 'https://bruma.example.com/a?x=1&y=2' },
  keyFacts: ['40 grind settings', 'R&D by "Bruma"'],
};

let renderer: HandlebarsRenderer;
beforeAll(async () => {
  renderer = await createHandlebarsRenderer({ metrics: twitterMetrics });
});

const render = (channel: 'EMAIL' | 'BLOG_POST' | 'TWEET', m: MasterMessageDraft = master) =>
  renderer.render({ channel, locale: 'en', master: m, brandName: 'Bruma & Co', date: '2026-03-01' });

describe('master text in plain-text outputs', () => {
  it('should go in exactly as written, without HTML entities', async () => {
    const { content } = await render('EMAIL');
    expect(content.body).toContain(HOSTILE);
    expect(content.body).toContain(`Hi ${TAGS},`);
    expect(content.body).toContain('R&D by "Bruma"');
    expect(content.body).toContain('Bruma & Co');
    expect(content.subject).toBe('Aurora <b>now</b> & more');
    expect(`${content.body}${content.subject}${content.preheader}`).not.toMatch(/&(?:amp|lt|gt|quot|#x27|#39|#x3D);/u);
  });

  it('should keep the markdown body of a blog post literal too', async () => {
    const { content } = await render('BLOG_POST');
    expect(content.body).toContain(HOSTILE);
    expect(content.body).toContain('https://bruma.example.com/a?x=1&y=2');
  });
});

describe('master text in HTML outputs', () => {
  it.each(['EMAIL', 'BLOG_POST'] as const)('should be escaped in the %s HTML', async (channel) => {
    const { content } = await render(channel);
    expect(content.html).not.toMatch(/<script|<b>now/u);
    expect(content.html).toContain('&lt;script&gt;');
    expect(content.html).toContain('Tom &amp; Jerry');
    expect(content.html).toContain('href="https://bruma.example.com/a?x=1&amp;y=2"');
  });

  it.each(['EMAIL', 'BLOG_POST'] as const)('should keep merge tags intact in the %s HTML', async (channel) => {
    const { content } = await render(channel);
    expect(content.html).toContain(TAGS);
  });

  it('should not link a javascript: call to action', async () => {
    const evil = { ...master, callToAction: { text: 'Click', url: 'javascript:alert(1)' } };
    const email = await render('EMAIL', evil);
    expect(email.content.html).toContain('href="#"');
    const blog = await render('BLOG_POST', evil);
    expect(blog.content.html).not.toContain('href="javascript');
  });
});
