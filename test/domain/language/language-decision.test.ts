import { decideLanguage } from '../../../src/domain/language/language-decision';

const ranking = (...pairs: Array<[string, number]>) => () => pairs.map(([lang, score]) => ({ lang, score }));
const never = () => {
  throw new Error('the identifier should not be asked');
};

describe('decideLanguage', () => {
  it('should be unsure about copy with too few letters', () => {
    expect(decideLanguage('fi', 'Uutta!', never)).toEqual({ kind: 'unsure' });
    expect(decideLanguage('fi', 'Ihan uutta nyt', ranking(['en', 0.9]))).toEqual({ kind: 'unsure' });
  });

  it('should call copy in another script foreign', () => {
    expect(decideLanguage('ru', 'Premieres on Wednesday in every hall', ranking(['en', 0.99]))).toMatchObject({ kind: 'foreign', lang: 'en' });
    expect(decideLanguage('fi', 'Сауна открыта по средам и пятницам', ranking())).toMatchObject({ kind: 'foreign', lang: 'unknown' });
  });

  it('should tell Ukrainian and Kazakh from Russian by their letters and words', () => {
    expect(decideLanguage('ru', 'Знижка діє лише до кінця тижня, поспішайте', never)).toMatchObject({ kind: 'foreign', lang: 'uk' });
    expect(decideLanguage('ru', 'Жеңілдік апта соңына дейін қолданылады', never)).toMatchObject({ kind: 'foreign', lang: 'kk' });
  });

  it('should accept Cyrillic copy with no Ukrainian, Belarusian or Kazakh letter as Russian without the identifier', () => {
    expect(decideLanguage('ru', 'Новый зал открыт для всех уже с понедельника', never)).toEqual({ kind: 'same' });
    expect(decideLanguage('ru', 'Новая зала ўжо адкрытая для ўсіх', never)).toMatchObject({ kind: 'foreign' });
  });

  it('should accept Kazakh by its own letters and refuse Ukrainian for a Kazakh master', () => {
    expect(decideLanguage('kk', 'Жаңа зал ашылды, келіңіздер', never)).toEqual({ kind: 'same' });
    expect(decideLanguage('kk', 'Нова зала вже відкрита для всіх', never)).toMatchObject({ kind: 'foreign', lang: 'uk' });
  });

  it('should not call Kazakh typed without its letters Russian without Russian evidence', () => {
    expect(decideLanguage('kk', 'Жана зал ашылды, келиниздер бугин', ranking(['ru', 0.6], ['kk', 0.3]))).toEqual({ kind: 'unsure' });
    expect(decideLanguage('kk', 'Новый зал открыт для всех и каждого уже сегодня', ranking(['ru', 0.95], ['kk', 0.01]))).toMatchObject({ kind: 'foreign', lang: 'ru' });
  });

  it('should tell Spanish from Catalan by their markers when the identifier hesitates', () => {
    expect(decideLanguage('ca', 'Instalación sin coste y router incluido', ranking(['ca', 0.5], ['es', 0.4]))).toMatchObject({ kind: 'foreign', lang: 'es' });
    expect(decideLanguage('ca', 'La instal·lació no té cap cost i el router hi va inclòs', ranking(['es', 0.6], ['ca', 0.4]))).toEqual({ kind: 'same' });
  });

  it('should read Spanish by its endings and function words, not by any one word', () => {
    expect(decideLanguage('ca', 'Pedidos abiertos hoy: pan recién horneado para toda la familia', ranking(['es', 0.5], ['ca', 0.4]))).toMatchObject({ kind: 'foreign', lang: 'es' });
    expect(decideLanguage('ca', 'Comandes obertes avui: pa acabat de fer per a tota la família', ranking(['es', 0.5], ['ca', 0.4]))).toEqual({ kind: 'same' });
  });

  it('should read Estonian without õ or ü by its endings and function words, and not Finnish with a loanword', () => {
    expect(decideLanguage('fi', 'Uus kohvik avatakse ning menüüta hommikusöök on tasuta', never)).toMatchObject({ kind: 'foreign', lang: 'et' });
    expect(decideLanguage('fi', 'Kohvik on avatud iga päev ja sinu laud ootab', never)).toMatchObject({ kind: 'foreign', lang: 'et' });
    expect(decideLanguage('fi', 'Weekend-brunssi ja street food -illat ovat täällä taas kesällä', ranking(['fi', 0.9]))).toEqual({ kind: 'same' });
  });

  it('should tell Estonian and Swedish from Finnish by their markers', () => {
    expect(decideLanguage('fi', 'Jõulusoodustused kestavad kuu lõpuni', never)).toMatchObject({ kind: 'foreign', lang: 'et' });
    expect(decideLanguage('fi', 'Vår butik har öppet även på söndagar och helger', never)).toMatchObject({ kind: 'foreign', lang: 'sv' });
    expect(decideLanguage('fi', 'Kylpylä on auki myös sunnuntaisin', ranking(['et', 0.6], ['fi', 0.3]))).toEqual({ kind: 'same' });
  });

  it('should follow a confident identifier and ignore a hesitant or implausible one', () => {
    expect(decideLanguage('fi', 'Give the gift of a warm sauna evening', ranking(['en', 0.95], ['fi', 0.01]))).toMatchObject({ kind: 'foreign', lang: 'en' });
    expect(decideLanguage('fi', 'Lahjakortti saunailtaan rannalla', ranking(['en', 0.5], ['fi', 0.4]))).toEqual({ kind: 'unsure' });
    expect(decideLanguage('fi', 'Lahjakortti saunailtaan rannalla', ranking(['ceb', 0.9]))).toEqual({ kind: 'unsure' });
    expect(decideLanguage('fi', 'Lahjakortti saunailtaan rannalla', ranking(['fi', 0.9]))).toEqual({ kind: 'same' });
    expect(decideLanguage('fi', 'Lahjakortti saunailtaan rannalla', ranking())).toEqual({ kind: 'unsure' });
  });

  it('should accept copy made mostly of the master\'s own words without asking the identifier', () => {
    expect(decideLanguage('fi', 'Kausimaksu on edullinen ja pyörät odottavat asemilla ympäri kaupunkia', never, { words: 9, known: 7 })).toEqual({ kind: 'same' });
    expect(decideLanguage('fi', 'Kausimaksu on edullinen ja pyörät odottavat asemilla', ranking(['fi', 0.9]), { words: 6, known: 6 })).toEqual({ kind: 'same' });
    expect(decideLanguage('fi', 'Give the gift of a warm sauna evening by the sea', ranking(['en', 0.95]), { words: 9, known: 2 })).toMatchObject({ kind: 'foreign' });
  });
});
