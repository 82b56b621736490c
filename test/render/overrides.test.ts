import { CHANNELS } from '../../src/domain/channel';
import { ValidationError } from '../../src/domain/errors';
import { createHandlebarsRenderer, type HandlebarsRenderer } from '../../src/render/handlebars-renderer';
import { twitterMetrics } from '../../src/lang/twitter-metrics';

let renderer: HandlebarsRenderer;
beforeAll(async () => {
  renderer = await createHandlebarsRenderer({ metrics: twitterMetrics });
});

async function validationErrorOf(promise: Promise<void>): Promise<ValidationError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error;
}

describe('validateTemplate', () => {
  it('should accept a working override', async () => {
    await expect(renderer.validateTemplate('TWEET', 'ru', 'text', '{{master.headline}} {{master.callToAction.url}}')).resolves.toBeUndefined();
  });

  it('should name template, locale, line and column of a syntax error', async () => {
    const error = await validationErrorOf(renderer.validateTemplate('TWEET', 'ru', 'text', 'ok\n{{#flex}}{{master.headline}\n{{/flex}}'));
    expect(error.code).toBe('TEMPLATE.INVALID');
    expect(error.message).toMatch(/^Invalid template TWEET\/text for locale ru at line 2, column \d+: Parse error/u);
    expect(error.details).toMatchObject({ channel: 'TWEET', section: 'text', locale: 'ru', line: 2 });
  });

  it('should name the line of a block closed by the wrong name', async () => {
    const error = await validationErrorOf(renderer.validateTemplate('EMAIL', 'fi', 'body', 'a\nb\n{{#if master.body}}x{{/each}}'));
    expect(error.message).toContain('EMAIL/body for locale fi at line 3');
  });

  it('should name line and column of an unknown helper before running it', async () => {
    const error = await validationErrorOf(renderer.validateTemplate('EMAIL', 'kk', 'subject', 'line one\n  {{shout master.headline}}'));
    expect(error.message).toBe('Invalid template EMAIL/subject for locale kk at line 2, column 3: unknown helper "shout"');
  });

  it('should name the line of an unknown partial', async () => {
    const error = await validationErrorOf(renderer.validateTemplate('BLOG_POST', 'ca', 'body', '{{master.body}}\n\n{{> footer}}'));
    expect(error.details).toMatchObject({ line: 3, column: 1, locale: 'ca' });
    expect(error.message).toContain('unknown partial "footer"');
  });

  it('should name template, locale and line of a helper that fails while rendering the fixture', async () => {
    const source = '{{master.headline}}\n\n{{formatNumber master.headline}}';
    const error = await validationErrorOf(renderer.validateTemplate('TWEET', 'fi', 'text', source));
    expect(error.message).toMatch(/TWEET\/text for locale fi at line 3, column 1: helper formatNumber: formatNumber needs a number/u);
  });

  it('should reject a phrase the locale does not have', async () => {
    const error = await validationErrorOf(renderer.validateTemplate('INSTAGRAM_CAROUSEL', 'en', 'caption', '{{phrase "swipeUp"}}'));
    expect(error.message).toContain('at line 1, column 1: helper phrase: unknown phrase "swipeUp"');
  });

  it('should accept an inline partial the override defines itself', async () => {
    const source = '{{#*inline "fact"}}• {{this}}\n{{/inline}}{{#each master.keyFacts}}{{> fact}}{{/each}}{{master.callToAction.url}}';
    await expect(renderer.validateTemplate('TWEET', 'en', 'text', source)).resolves.toBeUndefined();
  });

  it('should reject a section the channel does not have', async () => {
    const error = await validationErrorOf(renderer.validateTemplate('TWEET', 'en', 'subject', '{{master.headline}}'));
    expect(error.code).toBe('TEMPLATE.UNKNOWN_SECTION');
  });

  it('should name the MJML line of an unknown MJML element in an email HTML override', async () => {
    const source = '<mjml>\n<mj-body>\n<mj-section><mj-colum><mj-text>{{master.headline}}</mj-text></mj-colum></mj-section>\n</mj-body>\n</mjml>';
    const error = await validationErrorOf(renderer.validateTemplate('EMAIL', 'en', 'html', source));
    expect(error.message).toMatch(/EMAIL\/html for locale en at line 3: MJML: Element mj-colum/u);
  });
});

describe('rendering with overrides', () => {
  const fixture = () => renderer.fixture('ru');

  it('should use an override and keep merge tags written in it as they are', async () => {
    const source = '{{phrase "greeting"}}, {{first_name}} / {{ first_name }} / *|FNAME|* / %%FirstName%%\n\n{{master.body}}\n\n{{> cta}}';
    const { content, problems } = await renderer.render({ channel: 'EMAIL', locale: 'ru', ...fixture(), templates: { body: source } });
    expect(problems).toEqual([]);
    expect(content.body).toMatch(/^Здравствуйте, \{\{first_name\}\} \/ \{\{ first_name \}\} \/ \*\|FNAME\|\* \/ %%FirstName%%\n/u);
    expect(content.body).toContain(fixture().master.callToAction.url);
  });

  it('should report a failing override with template, locale and line, fall back, and leave other channels alone', async () => {
    const templates = { text: '{{master.headline}}\n{{#each master.keyFacts}}\n{{truncate this 40}} {{formatDate this}}\n{{/each}}' };
    const results = await Promise.all(CHANNELS.map((channel) => renderer.render({ channel, locale: 'ru', ...fixture(), templates: channel === 'TWEET' ? templates : {} })));
    const tweet = results[CHANNELS.indexOf('TWEET')];
    expect(tweet?.problems).toEqual([
      expect.objectContaining({ kind: 'TEMPLATE_ERROR', template: 'TWEET/text (override)', locale: 'ru', section: 'text', line: 3, usedFallback: true }),
    ]);
    expect(tweet?.problems[0]).toMatchObject({ reason: expect.stringMatching(/^helper formatDate: formatDate needs an ISO date/u) });
    expect(tweet?.content.text).toContain(fixture().master.callToAction.url);
    for (const other of results.filter((r) => r !== tweet)) expect(other.problems).toEqual([]);
  });

  it('should report an override that does not compile and render the built-in template', async () => {
    const { content, problems } = await renderer.render({ channel: 'TWEET', locale: 'kk', ...renderer.fixture('kk'), templates: { text: '{{#if}}' } });
    expect(problems).toEqual([expect.objectContaining({ template: 'TWEET/text (override)', locale: 'kk', line: 1, usedFallback: true })]);
    expect(content.text).toContain('https://samalbike.example.kz/app');
  });

  it('should report an override for a section the channel lacks', async () => {
    const { problems } = await renderer.render({ channel: 'TWEET', locale: 'en', ...renderer.fixture('en'), templates: { caption: 'x' } });
    expect(problems).toEqual([expect.objectContaining({ kind: 'TEMPLATE_ERROR', section: 'caption', usedFallback: false })]);
  });

  it('should render an MJML override of the email HTML', async () => {
    const source = '<mjml><mj-body><mj-section><mj-column><mj-text>{{master.headline}} *|FNAME|*</mj-text></mj-column></mj-section></mj-body></mjml>';
    const { content, problems } = await renderer.render({ channel: 'EMAIL', locale: 'en', ...renderer.fixture('en'), templates: { html: source } });
    expect(problems).toEqual([]);
    expect(content.html).toContain('Meet Aurora, our quietest grinder yet *|FNAME|*');
  });
});
