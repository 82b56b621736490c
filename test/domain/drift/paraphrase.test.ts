import { checkDrift, type DriftCheckInput } from '../../../src/domain/drift/check-drift';
import type { Linguistics } from '../../../src/domain/drift/linguistics';
import { realTools } from '../../helpers/tools';

let tools: Linguistics;
beforeAll(async () => {
  tools = await realTools();
});

/** Fresh masters (written for these tests) whose facts copy often restates in other words. */
const MASTERS = {
  fi: {
    locale: 'fi',
    headline: 'Pyöräkorjaamo Vauhti avaa Tampereella',
    body: 'Vauhti huoltaa pyörät 24 tunnissa. Perushuolto maksaa 49 € ja ei vaadi ajanvarausta. Sisäänpääsy näyttelyyn on maksuton.',
    callToAction: { text: 'Varaa huolto', url: 'https://vauhti.example.fi/huolto' },
    keyFacts: ['huolto 24 tunnissa', 'perushuolto 49 €', 'ei ajanvarausta', 'maksuton sisäänpääsy'],
  },
  kk: {
    locale: 'kk',
    headline: 'Shyrai шеберханасы ашылды',
    body: 'Shyrai шеберханасы велосипедтерді 2 сағат 30 минутта жөндейді. Жөндеу 9 000 ₸ тұрады, кепілақысыз.',
    callToAction: { text: 'Жазылу', url: 'https://shyrai.example.kz/booking' },
    keyFacts: ['жөндеу 2 сағат 30 минут', 'жөндеу 9 000 ₸', 'кепілақысыз'],
  },
  ru: {
    locale: 'ru',
    headline: 'Доставка продуктов «Корзинка»',
    body: 'Бесплатная доставка при заказе от 3 000 ₽. Заказы принимаем до 8 вечера, курьер приезжает за полтора часа.',
    callToAction: { text: 'Заказать', url: 'https://korzinka.example.ru/order' },
    keyFacts: ['бесплатная доставка от 3 000 ₽', 'заказ до 20:00', 'доставка за 90 минут'],
  },
  ca: {
    locale: 'ca',
    headline: 'Tallers de ceràmica a Cal Fang',
    body: 'Cada taller dura 2 hores i mitja i costa 35 €. Només per a majors de 16 anys. Cancel·lació gratuïta fins a 24 hores abans.',
    callToAction: { text: 'Reserva', url: 'https://calfang.example.cat/tallers' },
    keyFacts: ['taller de 150 minuts', '35 €', 'majors de 16 anys', 'cancel·lació gratuïta fins a 24 hores abans'],
  },
  en: {
    locale: 'en',
    headline: 'Brightside meal kits',
    body: 'Brightside delivers 4 recipes a week from £29. Orders close at 8pm on Sunday. Save 15% on your first box.',
    callToAction: { text: 'Order now', url: 'https://brightside.example.com/kits' },
    keyFacts: ['4 recipes a week', 'from £29', '15% off your first box'],
  },
} as const;

const check = (lang: keyof typeof MASTERS, text: string): string[] => {
  const input: DriftCheckInput = { channel: 'TWEET', master: MASTERS[lang], content: { text }, date: '2026-06-01' };
  return checkDrift(input, tools)
    .flags.filter((f) => f.severity !== 'SUGGESTION')
    .map((f) => f.code);
};

describe('checkDrift on facts restated in other words', () => {
  it.each([
    ['fi', 'Vauhti huoltaa pyöräsi vuorokaudessa. Perushuolto 49 €, ajanvarausta ei tarvita, ja näyttelyyn on vapaa pääsy. https://vauhti.example.fi/huolto'],
    ['kk', 'Shyrai велосипедіңізді екі жарым сағатта жөндейді: 9 000 ₸, кепілақы талап етілмейді. https://shyrai.example.kz/booking'],
    ['ru', 'Доставка «Корзинки» бесплатна при заказе от 3000 ₽. Заказы — до 20:00, курьер будет через 1 ч 30 мин. https://korzinka.example.ru/order'],
    ['ca', 'Taller de ceràmica de dues hores i mitja a Cal Fang per 35 €, per a +16. Cancel·la de franc fins a 24 h abans. https://calfang.example.cat/tallers'],
    ['en', 'Four recipes every week from £29, and fifteen per cent off your first box. Order by 8 in the evening on Sunday. https://brightside.example.com/kits'],
  ] as const)('should find no drift in a faithful %s paraphrase', (lang, text) => {
    expect(check(lang, text)).toEqual([]);
  });

  it.each([
    ['ru', 'Бесплатная доставка при заказе до 3 000 ₽. Заказы до 20:00, курьер за 90 минут. https://korzinka.example.ru/order'],
    ['en', 'Up to £29 for 4 recipes a week, 15% off your first box. Orders close 8pm Sunday. https://brightside.example.com/kits'],
  ] as const)('should flag a lower bound turned into an upper one as FACT_MISMATCH (%s)', (lang, text) => {
    expect(check(lang, text)).toContain('FACT_MISMATCH');
  });

  it('should flag a deadline moved across formats', () => {
    expect(check('ru', 'Бесплатная доставка от 3 000 ₽. Заказы до 9 вечера, курьер за 90 минут. https://korzinka.example.ru/order')).toContain('FACT_MISMATCH');
  });

  it('should flag a duration changed across units', () => {
    expect(check('ca', 'Taller de ceràmica de 3 hores a Cal Fang per 35 €, per a majors de 16 anys. Cancel·lació gratuïta fins a 24 h abans. https://calfang.example.cat/tallers')).toContain('FACT_MISMATCH');
  });

  it('should keep a fact negated by a negative verb after it, an abessive or a clause of its own', () => {
    expect(check('fi', 'Vauhti huoltaa pyörät 24 tunnissa, perushuolto 49 €. Ajanvarausta ei tarvita, ja sisäänpääsy näyttelyyn on maksutta. https://vauhti.example.fi/huolto')).toEqual([]);
  });

  it('should read a question as no statement, a price of zero as free, and "-май" as without', () => {
    expect(check('fi', 'Vauhti huoltaa pyörät 24 tunnissa, perushuolto 49 €. Tarvitaanko ajanvaraus? Ei tarvita. Sisäänpääsy 0 €. https://vauhti.example.fi/huolto')).toEqual([]);
    expect(check('kk', 'Shyrai велосипедіңізді 2 сағат 30 минутта жөндейді, 9 000 ₸. Кепілақы керек пе? Жоқ, кепілақы төлемей-ақ келіңіз. https://shyrai.example.kz/booking')).toEqual([]);
  });

  it('should still flag a key fact whose negation the copy drops', () => {
    expect(check('fi', 'Vauhti huoltaa pyörät 24 tunnissa. Perushuolto 49 €, ajanvaraus vaaditaan. Näyttelyyn on maksuton sisäänpääsy. https://vauhti.example.fi/huolto')).toContain('FACT_MISMATCH');
  });
});
