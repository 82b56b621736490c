import { polarWords } from '../../../src/domain/language/polarity';
import { keyWords, wordKeys } from '../../../src/domain/language/word-keys';
import { wordsOf } from '../../../src/domain/text/words';
import { fakeTools } from '../../helpers/tools';

const polar = (text: string, lang: string) => {
  const keys = wordKeys(lang, fakeTools());
  return polarWords(keyWords(wordsOf(text, lang), keys), keys).map((w) => `${w.lower}${w.negated ? '-' : '+'}`);
};

describe('polarWords', () => {
  it('should negate the words a negation cue reaches', () => {
    expect(polar('no credit card needed', 'en')).toEqual(['credit-', 'card-', 'needed+']);
    expect(polar('ilman lisämaksua', 'fi')).toEqual(['lisämaksua-']);
    expect(polar('instal·lació sense cost', 'ca')).toEqual(['instal·lació+', 'cost-']);
  });

  it('should read postpositional cues and privative suffixes', () => {
    expect(polar('комиссия жоқ', 'kk')).toEqual(['комиссия-']);
    expect(polar('ақысыз жеткізу', 'kk')).toEqual(['ақы-', 'жеткізу+']);
    expect(polar('maksuton toimitus', 'fi')).toEqual(['maksu-', 'toimitus+']);
  });

  it('should read the fi abessive as a negation, but not a partitive that ends alike', () => {
    expect(polar('kokeilu maksutta', 'fi')).toEqual(['kokeilu+', 'maksu-']);
    expect(polar('hinta kiinteä 24 kuukautta', 'fi')).toEqual(['hinta+', 'kiinteä+', 'kuukautta+']);
  });

  it('should not reach across a clause mark, nor past a preposition after the negated word', () => {
    expect(polar("if it isn't for you, you can cancel", 'en')).toEqual(['cancel+']);
    expect(polar('lliurament sense cost per a encàrrecs', 'ca')).toEqual(['lliurament+', 'cost-', 'encàrrecs+']);
    expect(polar('without a subscription', 'en')).toEqual(['subscription-']);
  });

  it('should not treat "not only" as a negation', () => {
    expect(polar('not only yoga', 'en')).toEqual(['yoga+']);
    expect(polar('не только вода', 'ru')).toEqual(['вода+']);
  });
});
