import { checkDrift } from '../../../src/domain/drift/check-drift';
import { MAX_CONTENT_BYTES, utf8Bytes } from '../../../src/domain/drift/validate-input';
import { LimitExceededError, ValidationError } from '../../../src/domain/errors';
import type { Linguistics } from '../../../src/domain/drift/linguistics';
import { fakeTools, realTools } from '../../helpers/tools';
import { MASTERS, tweet } from './fixtures';

const tools = fakeTools();

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError || error instanceof LimitExceededError) return error.field;
    throw error;
  }
  return undefined;
}

describe('checkDrift input validation', () => {
  it.each([
    ['an empty tweet', tweet('en', '   '), 'content.text'],
    ['a tweet without text', { ...tweet('en', 'x'), content: {} }, 'content.text'],
    ['a carousel of blank slides', { ...tweet('en', 'x'), channel: 'INSTAGRAM_CAROUSEL' as const, content: { slides: [' ', ''], caption: 'c' } }, 'content.slides'],
    ['an email without body', { ...tweet('en', 'x'), channel: 'EMAIL' as const, content: { subject: 'Hi' } }, 'content.body'],
    ['a slide list with a number', { ...tweet('en', 'x'), channel: 'INSTAGRAM_CAROUSEL' as const, content: { slides: [1] as unknown as string[], caption: 'c' } }, 'content.slides'],
    ['an unknown channel', { ...tweet('en', 'x'), channel: 'FAX' as never }, 'channel'],
    ['a bad date', tweet('en', 'x', { date: '1.6.2026' }), 'date'],
    ['a bad locale', { ...tweet('en', 'x'), master: { ...MASTERS.en, locale: 'english!' } }, 'master.locale'],
    ['a master without CTA URL', { ...tweet('en', 'x'), master: { ...MASTERS.en, callToAction: { text: 'x' } as never } }, 'master.callToAction.url'],
  ])('should reject %s naming the field', (_label, input, field) => {
    expect(fieldOf(() => checkDrift(input, tools))).toBe(field);
  });

  it('should reject copy over the size limit with LimitExceededError', () => {
    const input = tweet('en', 'a'.repeat(MAX_CONTENT_BYTES + 1));
    expect(() => checkDrift(input, tools)).toThrow(LimitExceededError);
    expect(fieldOf(() => checkDrift({ ...input, master: { ...MASTERS.en, body: 'ä'.repeat(MAX_CONTENT_BYTES) }, content: { text: 'x' } }, tools))).toBe('master');
  });

  it('should count UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('aä€😀')).toBe(1 + 2 + 3 + 4);
  });
});

describe('checkDrift on adversarial copy', () => {
  const nearLimit = (unit: string) => unit.repeat(Math.floor((MAX_CONTENT_BYTES - 100) / utf8Bytes(unit)));
  let real: Linguistics;
  beforeAll(async () => {
    real = await realTools();
  });

  it.each([
    ['a long digit run', nearLimit('9')],
    ['repeated dotted numbers', nearLimit('1.1.')],
    ['letters and exclamation marks', nearLimit('aaaa!')],
    ['numbers with spaces and commas', nearLimit('1 000,')],
    ['dates and currencies', nearLimit('31.3. 9,99 € ')],
    ['one huge word with dots', nearLimit('ab.')],
    ['hashtags and mentions', nearLimit('#a@b ')],
    ['one huge Kazakh word', nearLimit('жаттықтырушымен')],
    ['Cyrillic with numbers', nearLimit('Жаңа 1 мамыр 4 500 ₸ ')],
    ['numbers with scale words', nearLimit('1 мың 2 тыс. ₽ £3k ')],
    ['month-first dates', nearLimit('Қазанның 15-іне toukokuun 2. ')],
    ['hour ranges', nearLimit('de 7 a 20 h, ')],
    ['price phrases and negations', nearLimit('не входит в стоимость, ei sisälly hintaan, ')],
    ['numbers followed by words', nearLimit('5 foo 6 bar baz ')],
    ['zero-width characters between letters', nearLimit('x\u200B')],
  ])('should check 100 KB of %s quickly, without regex backtracking', (_label, text) => {
    for (const lang of ['en', 'kk'] as const) {
      const start = performance.now();
      const report = checkDrift({ ...tweet(lang, text), channel: 'BLOG_POST', content: { title: 'T', body: text } }, real);
      expect(performance.now() - start).toBeLessThan(1500);
      expect(report.drifted).toBe(true);
    }
  });
});
