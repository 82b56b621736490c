import type { DriftCheckInput } from '../../../src/domain/drift/check-drift';

/** Fresh masters for scenario tests, one per first-class language (written for the tests, not from the dev set). */
export const MASTERS = {
  en: {
    locale: 'en-GB',
    headline: 'Orbit Lamp: wake up gently',
    body: 'The Orbit Lamp brightens over 30 minutes before your alarm. It costs €79.00 and ships free until 30 November. No subscription needed.',
    callToAction: { text: 'Order the lamp', url: 'https://orbit.example.com/lamp' },
    keyFacts: ['brightens over 30 minutes', '€79.00', 'free shipping until 30 November', 'no subscription needed'],
  },
  ru: {
    locale: 'ru',
    headline: 'Пекарня «Колос» открывает доставку',
    body: 'С 1 декабря пекарня «Колос» привозит свежий хлеб к завтраку. Доставка стоит 150 ₽, а заказ от 1 000 ₽ везём бесплатно.',
    callToAction: { text: 'Заказать хлеб', url: 'https://kolos.example.ru/delivery' },
    keyFacts: ['доставка с 1 декабря', 'доставка 150 ₽', 'бесплатно от 1 000 ₽'],
  },
  kk: {
    locale: 'kk',
    headline: 'Dala Books: жаңа кітап дүкені',
    body: 'Dala Books дүкені 15 наурызда ашылады. Алғашқы аптада барлық кітаптарға 20% жеңілдік беріледі.',
    callToAction: { text: 'Кітап таңдау', url: 'https://dalabooks.example.kz/open' },
    keyFacts: ['15 наурызда ашылады', 'кітаптарға 20% жеңілдік'],
  },
  ca: {
    locale: 'ca',
    headline: 'Cinema a la fresca al Parc Nou',
    body: "Cada divendres de juliol, projecció gratuïta al Parc Nou a les 22 h. Porta la teva cadira.",
    callToAction: { text: 'Consulta les pel·lícules', url: 'https://parcnou.example.cat/cinema' },
    keyFacts: ['cada divendres de juliol', 'a les 22 h', 'projecció gratuïta'],
  },
  fi: {
    locale: 'fi',
    headline: 'Kuntosali Voima avaa uuden salin',
    body: 'Uusi sali aukeaa 31. maaliskuuta. Jäsenyys maksaa 29,90 € kuukaudessa ilman sitoutumista.',
    callToAction: { text: 'Liity nyt', url: 'https://voima.example.fi/liity' },
    keyFacts: ['aukeaa 31. maaliskuuta', '29,90 € kuukaudessa', 'ilman sitoutumista'],
  },
} as const;

/** A brand's tone rules for the scenarios. */
export const TONE = {
  bannedTerms: ['miracle'],
  preferredTerms: [{ use: 'coach', insteadOf: ['trainer'] }],
  protectedTerms: ['Orbit Lamp', 'Dala Books', 'Voima'],
  maxExclamations: 1,
  allowEmoji: true,
};

/** A TWEET check of `text` against the master of `lang`. */
export function tweet(lang: keyof typeof MASTERS, text: string, extra: Partial<DriftCheckInput> = {}): DriftCheckInput {
  return { channel: 'TWEET', master: MASTERS[lang], toneRules: TONE, content: { text }, date: '2026-06-01', ...extra };
}
