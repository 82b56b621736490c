import type { MasterMessageDraft } from '../../src/domain/campaign/master-message';
import type { LimitProblem } from '../../src/app/ports/renderer';
import { createHandlebarsRenderer, type HandlebarsRenderer } from '../../src/render/handlebars-renderer';
import { twitterMetrics } from '../../src/lang/twitter-metrics';

const URL = 'https://polka.example.ru/plus/very/long/path/that/twitter/counts/as/twenty-three/anyway';

function master(overrides: Partial<MasterMessageDraft>): MasterMessageDraft {
  return {
    locale: 'ru',
    headline: 'Новая книга каждый месяц, подобранная под ваши интересы и привезённая прямо к двери вашего дома',
    body: 'Мы читаем отзывы, смотрим на ваши оценки и выбираем книгу, которая понравится именно вам. '.repeat(4),
    callToAction: { text: 'Оформить подписку', url: URL },
    keyFacts: ['990 ₽ в месяц', 'первая доставка бесплатно', 'отмена в любой момент'],
    ...overrides,
  };
}

let renderer: HandlebarsRenderer;
beforeAll(async () => {
  renderer = await createHandlebarsRenderer({ metrics: twitterMetrics });
});

const tweet = (m: MasterMessageDraft) => renderer.render({ channel: 'TWEET', locale: 'ru', master: m, brandName: 'Полка', date: '2026-03-01' });

describe('fitting a tweet', () => {
  it('should shorten body and headline at word boundaries and keep facts and URL whole', async () => {
    const m = master({});
    const { content, problems } = await tweet(m);
    expect(problems).toEqual([]);
    expect(twitterMetrics.tweetLength(content.text ?? '')).toBeLessThanOrEqual(280);
    for (const fact of m.keyFacts) expect(content.text).toContain(`• ${fact}`);
    expect(content.text).toContain(URL);
    expect(content.text).toMatch(/^Новая книга каждый месяц/u);
  });

  it('should drop the body before the headline', async () => {
    const facts = ['990 ₽ в месяц', 'первая доставка бесплатно', 'отмена в любой момент', 'подарочная упаковка'.repeat(6)];
    const { content } = await tweet(master({ keyFacts: facts }));
    expect(content.text).not.toContain('Мы читаем');
    expect(content.text).toContain('Новая книга');
  });

  it('should still produce the tweet and name the key fact that cannot fit', async () => {
    const long = `подписка включает ${'очень '.repeat(45)}много книг`;
    const m = master({ keyFacts: ['990 ₽ в месяц', long, 'отмена в любой момент'] });
    const { content, problems } = await tweet(m);
    for (const fact of m.keyFacts) expect(content.text).toContain(fact);
    expect(content.text).toContain(URL);
    expect(problems).toHaveLength(1);
    const problem = problems[0] as LimitProblem;
    expect(problem).toMatchObject({ kind: 'CHANNEL_LIMIT', section: 'text', limitId: 'tweet.length', max: 280 });
    expect(problem.keyFacts).toEqual([{ index: 1, text: long }]);
    expect(problem.message).toContain('key fact 2 "подписка включает');
    expect(problem.actual).toBe(twitterMetrics.tweetLength(content.text ?? ''));
  });

  it('should name as few of many facts as make room, longest first', async () => {
    const facts = Array.from({ length: 10 }, (_, i) => `факт номер ${'длинный '.repeat(i % 3 === 0 ? 3 : 1)}${i + 1}`);
    const { problems } = await tweet(master({ keyFacts: facts }));
    const problem = problems[0] as LimitProblem;
    const lengths = problem.keyFacts.map((f) => f.text.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(problem.keyFacts.length).toBeLessThan(facts.length);
    const freed = problem.keyFacts.reduce((sum, f) => sum + twitterMetrics.tweetLength(f.text), 0);
    expect(freed).toBeGreaterThanOrEqual(problem.actual - 280);
  });

  it('should apply the 140 limit to a tweet dated before November 2017', async () => {
    const m = master({ keyFacts: ['990 ₽ в месяц'] });
    const { content } = await renderer.render({ channel: 'TWEET', locale: 'ru', master: m, brandName: 'Полка', date: '2017-01-01' });
    expect(twitterMetrics.tweetLength(content.text ?? '')).toBeLessThanOrEqual(140);
    expect(content.text).toContain('990 ₽ в месяц');
  });
});
