import type { PerLanguage } from './languages';

/**
 * How each language negates a fact. `before`: words that negate the next content words ("without",
 * "без", "ilman", "sense", "no"); `after`: words that negate the content words before them (kk "жоқ",
 * "емес"); `privative`: suffixes that make a word mean "without" (kk "-сыз/-сіз", fi "-ton/-tön"), so
 * "ақысыз" negates "ақы"; `notOnly`: "not only" phrases, which do not negate.
 * Lower-case whole words. Source: the languages' grammars, written down by us.
 */
export const NEGATION_CUES: PerLanguage<{
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly privative: readonly string[];
  readonly notOnly: readonly string[];
}> = {
  en: {
    before: ['no', 'not', 'without', 'never', 'none', "don't", "doesn't", "isn't", "aren't", "won't", "can't", 'zero'],
    after: [],
    privative: [],
    notOnly: ['only', 'just', 'merely'],
  },
  ru: { before: ['не', 'нет', 'без', 'ни', 'никаких', 'никакой', 'никакого'], after: [], privative: [], notOnly: ['только', 'просто'] },
  kk: { before: [], after: ['жоқ', 'емес'], privative: ['сыз', 'сіз'], notOnly: ['ғана'] },
  ca: { before: ['no', 'sense', 'cap', 'mai', 'ni', 'tampoc'], after: [], privative: [], notOnly: ['només', 'sols', 'solament'] },
  fi: {
    before: ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'ilman', 'älä', 'älkää'],
    after: [],
    privative: ['ton', 'tön', 'ttoma', 'ttömä'],
    notOnly: ['vain', 'pelkästään', 'ainoastaan'],
  },
};
