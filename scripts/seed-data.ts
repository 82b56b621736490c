import type { NewBrand } from '../src/app/brands';
import type { MasterMessageDraft } from '../src/domain/campaign/master-message';

/**
 * Demo content for `npm run seed`: one brand launching one product in five markets, written for Tonehub
 * (the brand and product are invented).
 */
export const DEMO_BRAND: NewBrand = {
  name: 'Kettu Audio (demo)',
  defaultLocale: 'en',
  toneRules: {
    voice: ['calm', 'confident', 'friendly'],
    bannedTerms: ['revolutionary', 'революционный', 'революциялық', 'revolucionari', 'vallankumouksellinen'],
    preferredTerms: [{ use: 'noise cancelling', insteadOf: ['noise reduction'] }],
    protectedTerms: ['Kettu Audio', 'Kettu Buds 2'],
    maxExclamations: 1,
    allowEmoji: false,
  },
};

/** The launch of Kettu Buds 2, once per market. */
export const DEMO_CAMPAIGNS: ReadonlyArray<{ name: string; master: MasterMessageDraft }> = [
  {
    name: 'Kettu Buds 2 launch (en)',
    master: {
      locale: 'en',
      headline: 'Kettu Buds 2: quiet where you need it',
      body: 'Kettu Buds 2 go on sale on 12 March for €129. Adaptive noise cancelling, up to 30 hours of battery with the case and a 2-year warranty.',
      callToAction: { text: 'Pre-order now', url: 'https://kettu.example.com/buds2' },
      keyFacts: ['on sale 12 March', '€129', 'up to 30 hours of battery with the case', '2-year warranty'],
    },
  },
  {
    name: 'Kettu Buds 2 launch (ru)',
    master: {
      locale: 'ru',
      headline: 'Kettu Buds 2: тишина, когда она нужна',
      body: 'Kettu Buds 2 поступят в продажу 12 марта по цене 12 990 ₽. Адаптивное шумоподавление, до 30 часов работы с кейсом и гарантия 2 года.',
      callToAction: { text: 'Оформить предзаказ', url: 'https://kettu.example.com/ru/buds2' },
      keyFacts: ['в продаже с 12 марта', '12 990 ₽', 'до 30 часов работы с кейсом', 'гарантия 2 года'],
    },
  },
  {
    name: 'Kettu Buds 2 launch (kk)',
    master: {
      locale: 'kk',
      headline: 'Kettu Buds 2: қажет кезде тыныштық',
      body: 'Kettu Buds 2 12 наурызда 59 990 ₸ бағасымен сатылымға шығады. Бейімделгіш шуды басу, кейспен 30 сағатқа дейін жұмыс және 2 жыл кепілдік.',
      callToAction: { text: 'Алдын ала тапсырыс беру', url: 'https://kettu.example.com/kk/buds2' },
      keyFacts: ['12 наурызда сатылымға шығады', '59 990 ₸', 'кейспен 30 сағатқа дейін жұмыс', '2 жыл кепілдік'],
    },
  },
  {
    name: 'Kettu Buds 2 launch (ca)',
    master: {
      locale: 'ca',
      headline: 'Kettu Buds 2: silenci quan el necessites',
      body: "Els Kettu Buds 2 surten a la venda el 12 de març per 129 €. Cancel·lació de soroll adaptativa, fins a 30 hores de bateria amb l'estoig i 2 anys de garantia.",
      callToAction: { text: "Reserva'ls ara", url: 'https://kettu.example.com/ca/buds2' },
      keyFacts: ['a la venda el 12 de març', '129 €', "fins a 30 hores de bateria amb l'estoig", '2 anys de garantia'],
    },
  },
  {
    name: 'Kettu Buds 2 launch (fi)',
    master: {
      locale: 'fi',
      headline: 'Kettu Buds 2: hiljaisuutta silloin kun sitä tarvitset',
      body: 'Kettu Buds 2 tulevat myyntiin 12. maaliskuuta hintaan 129 €. Mukautuva vastamelu, jopa 30 tunnin akunkesto kotelon kanssa ja 2 vuoden takuu.',
      callToAction: { text: 'Ennakkotilaa nyt', url: 'https://kettu.example.com/fi/buds2' },
      keyFacts: ['myynnissä 12. maaliskuuta', '129 €', 'jopa 30 tunnin akunkesto kotelon kanssa', '2 vuoden takuu'],
    },
  },
];
