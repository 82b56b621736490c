/** A word ready to compare: its normal lower-case form and its key (stem). */
export interface KeyedWord {
  readonly lower: string;
  readonly key: string;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Shortest shared beginning for two forms to count as one word when
 * their stems differ. NOTE: stemmers are not perfect on irregular stems (ru "бутыли" → "бут" but
 * "бутылей" → "бутыл"); a long shared prefix catches those without matching unrelated short words.
 */
const MIN_PREFIX = 5;
/** …and at most this many letters after it in either word (an ending, not another word: "sauna"/"saunakerta"). */
const MAX_TAIL = 3;
/** Languages that write compounds as one word, head last (fi "kaupunkipyöräkausi" contains "kausi"). */
const COMPOUNDING = new Set(['fi', 'sv', 'et', 'de', 'nl', 'da', 'no', 'nb']);
const MIN_HEAD = 4;
/**
 * Languages that only add suffixes (kk): a word that starts with a whole base form is an inflection of it
 * ("таксистеріміз" of "таксист"), even where suffix stripping stops early.
 */
const SUFFIXING = new Set(['kk', 'tr', 'ky', 'uz']);
const MIN_BASE = 4;

/**
 * True when `candidate` (from copy) is a form of `wanted` (from a key fact or a term list): same stem,
 * a long shared prefix with short endings, in a suffixing language `wanted` plus suffixes, or in a
 * compounding language a compound ending in `wanted`'s stem.
 */
export function sameWord(wanted: KeyedWord, candidate: KeyedWord, lang: string): boolean {
  if (wanted.key === candidate.key || wanted.lower === candidate.lower) return true;
  const prefix = commonPrefix(wanted.lower, candidate.lower);
  if (prefix >= MIN_PREFIX && wanted.lower.length - prefix <= MAX_TAIL && candidate.lower.length - prefix <= MAX_TAIL) return true;
  if (SUFFIXING.has(lang) && wanted.lower.length >= MIN_BASE && prefix === wanted.lower.length) return true;
  return COMPOUNDING.has(lang) && wanted.key.length >= MIN_HEAD && candidate.lower.length > wanted.key.length + 2 && candidate.lower.includes(wanted.key, candidate.lower.length - wanted.key.length - 4);
}

/** How many letters a term may grow by in copy ("cheap" → "cheapest", "paras" → "parasta"). */
const MAX_TERM_ENDING = 3;
const MIN_TERM_STEM = 4;

/**
 * Stricter than sameWord, for term rules whose false alarms cost more than their misses (banned and
 * preferred terms): same stem, or the copy's word is the term's stem plus a short ending. Never the other
 * way round, so "instructor" does not catch "instruction".
 */
export function sameTerm(term: KeyedWord, candidate: KeyedWord, lang: string): boolean {
  if (term.key === candidate.key || term.lower === candidate.lower) return true;
  const grows = candidate.lower.startsWith(term.key) && candidate.lower.length - term.key.length <= MAX_TERM_ENDING;
  if (term.key.length >= MIN_TERM_STEM && grows) return true;
  return SUFFIXING.has(lang) && term.lower.length >= MIN_BASE && candidate.lower.startsWith(term.lower);
}
