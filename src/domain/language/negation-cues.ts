import type { PerLanguage } from './languages';

/**
 * How each language negates a fact. `before`: words that negate the next content words ("without",
 * "без", "ilman", "sense", "no"); `after`: words that negate the content words before them (kk "жоқ",
 * "емес"); `privative`: suffixes that make a word mean "without" (kk "-сыз/-сіз", fi "-ton/-tön"), so
 * "ақысыз" negates "ақы"; `notOnly`: "not only" phrases, which do not negate. `afterWide` and
 * `negativeEndings`: a negative verb after the word (fi "talletusta ei tarvita", kk "депозит талап
 * етілмейді" = no deposit is required), which only the wide reading of negation counts (see polarity.ts).
 * Lower-case whole words. Source: the languages' grammars (negative particles, pronouns and auxiliaries, the
 * fi negative verb in all persons), written down by us. NOTE: ca "res" (nothing) is left out: "no pagues res
 * per la instal·lació" says the installation is free, and "res" would read as negating it.
 */
export const NEGATION_CUES: PerLanguage<{
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly privative: readonly string[];
  readonly notOnly: readonly string[];
  readonly afterWide?: readonly string[];
  readonly negativeEndings?: readonly string[];
  /** Endings of the fi abessive ("without"), whose last three letters go: "maksutta" → "maksu" negated. */
  readonly abessive?: readonly string[];
}> = {
  en: {
    before: [
      'no', 'not', 'without', 'never', 'none', 'nothing', 'neither', 'nor', 'zero', 'excluding', 'cannot',
      "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "couldn't",
      "wouldn't", "shouldn't", "haven't", "hasn't",
    ],
    after: [],
    privative: [],
    notOnly: ['only', 'just', 'merely'],
  },
  ru: {
    before: ['не', 'нет', 'без', 'ни', 'никаких', 'никакой', 'никакого', 'никакие', 'ничего', 'никогда', 'нельзя'],
    after: [],
    privative: [],
    notOnly: ['только', 'просто'],
  },
  kk: {
    before: [],
    after: ['жоқ', 'емес'],
    // NOTE: the negative converb "-май/-мей" ("жазылмай-ақ келіңіз" = come without booking) negates its verb like "-сыз".
    privative: ['сыз', 'сіз', 'май', 'мей', 'бай', 'бей', 'пай', 'пей'],
    notOnly: ['ғана'],
    // NOTE: the negative suffix (-ма/-ме/-ба/-бе/-па/-пе) with the present/future (-йды/-йді), past
    // participle (-ған/-ген) and future participle (-с) endings and the converb (-й): "етілмейді", "алынбайды",
    // "төленбеген", "төлемей-ақ".
    negativeEndings: ['майды', 'мейді', 'байды', 'бейді', 'пайды', 'пейді', 'маған', 'меген', 'баған', 'беген', 'паған', 'пеген', 'мас', 'мес', 'бас', 'бес', 'пас', 'пес', 'май', 'мей', 'бай', 'бей', 'пай', 'пей'],
  },
  ca: { before: ['no', 'sense', 'cap', 'mai', 'ni', 'tampoc', 'gens', 'ningú'], after: [], privative: [], notOnly: ['només', 'sols', 'solament'] },
  fi: {
    before: ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'eikä', 'eivätkä', 'ettei', 'ilman', 'älä', 'älkää'],
    after: [],
    privative: ['ton', 'tön', 'ttoma', 'ttömä'],
    notOnly: ['vain', 'pelkästään', 'ainoastaan'],
    afterWide: ['ei', 'eikä'],
    // NOTE: not every "-utta": "kuukautta" is the partitive of "kuukausi" (month).
    abessive: ['sutta', 'syttä', 'ksetta', 'ksettä'],
  },
};
