import { sameTerm, sameWord } from '../../../src/domain/language/word-match';
import { stemKazakh } from '../../../src/lang/kazakh-stemmer';

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

  it('should match Finnish forms across consonant gradation and stem alternation', () => {
    expect(sameWord(w('ymmärtävät', 'ymmärtäv'), w('ymmärrä', 'ymmärr'), 'fi')).toBe(true);
    expect(sameWord(w('lähettää', 'lähettä'), w('lähetä', 'lähet'), 'fi')).toBe(true);
    expect(sameWord(w('toimitus', 'toimitus'), w('toimituksen', 'toimituks'), 'fi')).toBe(true);
    expect(sameWord(w('ymmärtävät', 'ymmärtäv'), w('ymmärrä', 'ymmärr'), 'en')).toBe(false);
  });

  it('should not let gradation join unrelated Finnish words', () => {
    expect(sameWord(w('kaupunki', 'kaupunk'), w('kauppa', 'kaup'), 'fi')).toBe(false);
    expect(sameWord(w('hinta', 'hint'), w('hiiri', 'hiir'), 'fi')).toBe(false);
  });
});

describe('sameTerm', () => {
  it('should catch a term with a short ending but not a longer word that starts like it', () => {
    expect(sameTerm(w('cheap'), w('cheapest'), 'en')).toBe(true);
    expect(sameTerm(w('instructor', 'instructor'), w('instruction', 'instruct'), 'en')).toBe(false);
  });

  it('should catch a Finnish -nen adjective in its -s- cases', () => {
    expect(sameTerm(w('edullinen', 'edullin'), w('edullisen', 'edullis'), 'fi')).toBe(true);
    expect(sameTerm(w('edullinen', 'edullin'), w('edullisesti', 'edullis'), 'fi')).toBe(true);
    expect(sameTerm(w('edullinen', 'edullin'), w('edullisuudesta', 'edullisuud'), 'fi')).toBe(false);
  });

  it('should catch a Finnish -ton adjective in its -ttoma- cases', () => {
    expect(sameTerm(w('kivuton', 'kivuton'), w('kivuttomasti', 'kivuttom'), 'fi')).toBe(true);
    expect(sameTerm(w('kivuton', 'kivuton'), w('kivusta', 'kivu'), 'fi')).toBe(false);
  });

  it('should catch a Finnish superlative in its -imm-/-imp- cases', () => {
    expect(sameTerm(w('nopein', 'nope'), w('nopeimman', 'nopeimm'), 'fi')).toBe(true);
    expect(sameTerm(w('nopein', 'nope'), w('nopeimpia', 'nopeimp'), 'fi')).toBe(true);
  });

  it('should catch a Kazakh term whose last consonant is voiced before a suffix', () => {
    const kk = (word: string) => w(word, stemKazakh(word));
    expect(sameTerm(kk('жеңілдік'), kk('жеңілдігіміз'), 'kk')).toBe(true);
  });

  it('should not let a Kazakh term with a derivational suffix catch its base word', () => {
    const kk = (word: string) => w(word, stemKazakh(word));
    expect(sameTerm(kk('жеткізуші'), kk('жеткізу'), 'kk')).toBe(false);
    expect(sameTerm(kk('жеткізуші'), kk('жеткізушілер'), 'kk')).toBe(true);
    expect(sameTerm(kk('кепілдік'), kk('кепілдігіміз'), 'kk')).toBe(true);
  });
});
