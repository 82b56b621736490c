import type { PerLanguage } from './languages';

/**
 * Words and phrases that make a concrete promise: a guarantee or warranty, a refund or "money back", a free
 * return, a risk-free trial. A variant that uses one where the master never does makes a claim the master
 * does not: UNSUPPORTED_CLAIM. Whole-word regex fragments, case-insensitive; refund phrases allow the usual
 * word order and an object pronoun ("we'll give you your money back", "et retornem els diners",
 * "вернём вам деньги", "ақшаңызды қайтарамыз", "palautamme rahasi").
 * Source: the consumer-rights vocabulary of each language (guarantee, warranty, refund, return, cooling-off),
 * written down by us.
 */
export const GUARANTEE_CUES: PerLanguage<string> = {
  en: [
    'guarantee\\p{L}*',
    'warrant(?:y|ies|ed)',
    'refund\\p{L}*',
    'money[- ]back',
    '(?:your|the|their) money back',
    'risk[- ]free',
    'no questions asked',
    'free returns?',
  ].join('|'),
  ru: [
    'гарант\\p{L}*',
    'верн(?:ём|ем|ут|уть)\\s+(?:вам\\s+)?(?:все\\s+)?деньги',
    'возвращаем\\s+(?:вам\\s+)?деньги',
    'возврат\\p{L}*\\s+(?:денег|средств|оплаты)',
    'деньги\\s+назад',
    'бесплатн\\p{L}*\\s+возврат\\p{L}*',
  ].join('|'),
  kk: ['кепіл\\p{L}*', '(?:ақша\\p{L}*)\\s+(?:толық\\s+)?қайтар\\p{L}*', 'қайтарып\\s+береміз'].join('|'),
  ca: [
    'garanti\\p{L}*',
    'garantit\\p{L}*',
    'reemborsa\\p{L}*',
    'devoluci(?:ó|ons)\\s+(?:dels\\s+diners|gratuïta\\p{L}*)',
    '(?:re)?torn\\p{L}*\\s+(?:els\\s+)?diners',
    'sense\\s+risc',
  ].join('|'),
  fi: [
    'takuu\\p{L}*',
    'taka(?:amme|a|taan)',
    'hyvity\\p{L}*',
    'rahat\\s+takaisin',
    'rahanpalautu\\p{L}*',
    'palaut(?:amme|etaan)\\s+(?:kaikki\\s+)?raha\\p{L}*',
    'ilmai\\p{L}*\\s+palautu\\p{L}*',
  ].join('|'),
};

/**
 * Words that turn a bare time unit into a dated promise: "after a year", "через год", "vuoden kuluttua",
 * "al cap d'un any", "жылдан кейін". `before` cues stand in front of the unit, `after` cues follow it.
 * Source: the languages' temporal prepositions and postpositions, written down by us.
 */
export const TIME_OFFSET_CUES: PerLanguage<{ readonly before: string; readonly after: string }> = {
  en: { before: 'after|within', after: 'later|from now' },
  ru: { before: 'через|спустя', after: 'спустя' },
  kk: { before: '', after: 'кейін|соң|өткен соң' },
  // NOTE: "al cap de" counts only with an article ("al cap d'una setmana" = after a week): "cap de setmana" is the weekend.
  ca: { before: "d'aquí a|al cap d'", after: 'després' },
  fi: { before: '', after: 'päästä|kuluttua|jälkeen' },
};
