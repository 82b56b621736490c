import { sameWord } from '../../../src/domain/language/word-match';

const w = (lower: string, key = lower) => ({ lower, key });

describe('sameWord', () => {
  it('should match words with the same stem', () => {
    expect(sameWord(w('classes', 'class'), w('class', 'class'), 'en')).toBe(true);
  });

  it('should match irregular stems by a long shared prefix with short endings', () => {
    expect(sameWord(w('бутыли', 'бут'), w('бутылей', 'бутыл'), 'ru')).toBe(true);
    expect(sameWord(w('cheap'), w('cheapest'), 'en')).toBe(true);
  });

  it('should not match a word that merely begins another one', () => {
    expect(sameWord(w('saunakerta'), w('sauna'), 'fi')).toBe(false);
    expect(sameWord(w('card'), w('cardigan'), 'en')).toBe(false);
  });

  it('should match a Kazakh base form with any suffixes', () => {
    expect(sameWord(w('таксист'), w('таксистеріміз', 'таксистер'), 'kk')).toBe(true);
    expect(sameWord(w('таксист'), w('таксистеріміз', 'таксистер'), 'ru')).toBe(false);
  });

  it('should match a Finnish compound by its head', () => {
    expect(sameWord(w('kausi', 'kausi'), w('kaupunkipyöräkausi'), 'fi')).toBe(true);
    expect(sameWord(w('kausi', 'kausi'), w('kaupunkipyöräkausi'), 'en')).toBe(false);
  });
});
