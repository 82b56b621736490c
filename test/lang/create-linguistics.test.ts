import { createLinguistics } from '../../src/lang/create-linguistics';

describe('createLinguistics', () => {
  it('should wire stemming, language identification and tweet length', async () => {
    const tools = await createLinguistics();
    expect(tools.stem('en', 'classes')).toBe(tools.stem('en', 'class'));
    expect(tools.stem('kk', 'кітаптарымызға')).toBe('кітап');
    expect(tools.stem('ru', 'ёлки')).toBe(tools.stem('ru', 'елки'));
    expect(tools.stem('xx', 'Word')).toBe('Word');
    expect(tools.identifyLanguage('Доставка воды по Екатеринбургу в удобное время')[0]?.lang).toBe('ru');
    expect(tools.identifyLanguage('   ')).toEqual([]);
    expect(tools.tweetLength('Read more https://example.com/a/very/long/path/that/is/shortened')).toBe(33);
  });

  it('should cut long copy before identifying it, keeping the verdict', async () => {
    const tools = await createLinguistics();
    expect(tools.identifyLanguage('Sauna on lämmin ja meri on kylmä. '.repeat(200))[0]?.lang).toBe('fi');
  });
});
