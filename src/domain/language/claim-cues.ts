import type { PerLanguage } from './languages';

/**
 * Words that make a concrete promise (a guarantee, a refund, a warranty). A variant that uses one where the
 * master never does makes a claim the master does not: UNSUPPORTED_CLAIM. Whole-word regex fragments.
 * Source: written down by us from consumer-marketing vocabulary.
 */
export const GUARANTEE_CUES: PerLanguage<string> = {
  en: 'guarantee\\p{L}*|money-back|refund\\p{L}*|warrant\\p{L}*|risk-free',
  ru: 'гарант\\p{L}*|возврат\\p{L}*',
  kk: 'кепіл\\p{L}*',
  ca: 'garanti\\p{L}*|reemborsament\\p{L}*',
  fi: 'takuu\\p{L}*|takaamme|hyvitys\\p{L}*|rahat takaisin',
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
  ca: { before: "d'aquí a|al cap de|al cap d'", after: 'després' },
  fi: { before: '', after: 'päästä|kuluttua|jälkeen' },
};
