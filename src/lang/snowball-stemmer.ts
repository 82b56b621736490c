import { newStemmer } from 'snowball-stemmers';

/** Snowball algorithm per language subtag (snowball-stemmers 0.6 names); others are not stemmed. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  en: 'english',
  ru: 'russian',
  fi: 'finnish',
  ca: 'catalan',
  es: 'spanish',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  nb: 'norwegian',
  de: 'german',
  fr: 'french',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  tr: 'turkish',
  hu: 'hungarian',
};

type StemFn = (word: string) => string;
const stemmers = new Map<string, StemFn | undefined>();

/** The Snowball stemmer of `lang`, or undefined when Snowball has none (e.g. kk). */
export function snowballStemmer(lang: string): StemFn | undefined {
  if (stemmers.has(lang)) return stemmers.get(lang);
  const algorithm = ALGORITHMS[lang];
  const stemmer = algorithm ? newStemmer(algorithm) : undefined;
  const fn = stemmer ? (word: string) => stemmer.stem(word) : undefined;
  stemmers.set(lang, fn);
  return fn;
}
