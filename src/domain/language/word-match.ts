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

/** Languages with consonant gradation, whose stems alternate inside the word (fi "sisältyy" / "ei sisälly"). */
const GRADATING = new Set(['fi', 'et']);
/**
 * Gradation pairs as one form: long consonants shortened, then the strong grades lt, nt, mp, rt, nk and the
 * weak d written as their partner (sisältyvät ~ sisälly, kenkä ~ kengän, katu ~ kadulla). Then the stem
 * alternations of two large declension classes: -nen nouns and adjectives inflect on -s- (täydellinen ~
 * täydellisen, ilmainen ~ ilmaista), -us/-ys nouns on -ukse-/-ykse- (siivous ~ siivouksen); and superlatives
 * in -in inflect on -imp-/-imm- (edullisin ~ edullisimman).
 * Source: Finnish grammar (Iso suomen kielioppi, §§ 41–46 gradation, § 278 -nen, § 295 -us); a matching key
 * only, never shown.
 */
function gradated(lower: string): string {
  let key = gradatedMemo.get(lower);
  if (key === undefined) {
    key = gradate(lower);
    if (gradatedMemo.size >= MEMO_LIMIT) gradatedMemo.clear();
    gradatedMemo.set(lower, key);
  }
  return key;
}

/** NOTE: the same words are compared again and again (every term with every word of the copy): memoised, bounded. */
const gradatedMemo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

function gradate(lower: string): string {
  return lower
    .replace(/([bcdfghjklmnpqrstvwxz])\1/g, '$1')
    .replace(/lt/g, 'l')
    .replace(/nt/g, 'n')
    .replace(/mp/g, 'm')
    .replace(/rt/g, 'r')
    .replace(/nk/g, 'ng')
    .replace(/d/g, 't')
    .replace(/nen$/, 's')
    .replace(/([uyoö])s$/, '$1ks')
    .replace(/(?<=\p{L}{3})in$/u, 'im');
}

function sharesStem(a: string, b: string): boolean {
  const prefix = commonPrefix(a, b);
  return prefix >= MIN_PREFIX && a.length - prefix <= MAX_TAIL && b.length - prefix <= MAX_TAIL;
}

/**
 * True when `candidate` (from copy) is a form of `wanted` (from a key fact or a term list): same stem,
 * a long shared prefix with short endings (in a gradating language also once gradation is undone), in a
 * suffixing language `wanted` plus suffixes, or in a compounding language a compound ending in `wanted`'s stem.
 */
export function sameWord(wanted: KeyedWord, candidate: KeyedWord, lang: string): boolean {
  if (wanted.key === candidate.key || wanted.lower === candidate.lower) return true;
  const prefix = commonPrefix(wanted.lower, candidate.lower);
  if (prefix >= MIN_PREFIX && wanted.lower.length - prefix <= MAX_TAIL && candidate.lower.length - prefix <= MAX_TAIL) return true;
  if (SUFFIXING.has(lang) && wanted.lower.length >= MIN_BASE && prefix === wanted.lower.length) return true;
  if (GRADATING.has(lang) && prefix >= MIN_PREFIX - 2 && sharesStem(gradated(wanted.lower), gradated(candidate.lower))) return true;
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
  // NOTE: every way below keeps the first letter (stems and endings change the end of a word): a cheap exit
  // for almost every word of the copy.
  if (term.lower.charCodeAt(0) !== candidate.lower.charCodeAt(0)) return false;
  if (term.lower === candidate.lower) return true;
  if (lang === 'kk' && KK_DERIVED.test(term.lower)) return candidate.lower.startsWith(term.lower) || candidate.lower.startsWith(voiced(term.lower));
  if (term.key === candidate.key) return true;
  const grows = candidate.lower.startsWith(term.key) && candidate.lower.length - term.key.length <= MAX_TERM_ENDING;
  if (term.key.length >= MIN_TERM_STEM && grows) return true;
  if (GRADATING.has(lang) && (gradatedGrowth(term.lower, candidate.lower) || privativeGrowth(term.lower, candidate.lower))) return true;
  return SUFFIXING.has(lang) && term.lower.length >= MIN_BASE && candidate.lower.startsWith(term.lower);
}

/**
 * Kazakh derivational suffixes make another word, which the stem would lose: the agent "-шы/-ші"
 * ("жеткізуші" = deliverer, not "жеткізу" = delivery), the privative "-сыз/-сіз" and the abstract
 * "-лық/-лік". A term ending in one is matched only by itself plus endings.
 */
const KK_DERIVED = /\p{L}{3}(?:шы|ші|сыз|сіз|лық|лік|дық|дік|тық|тік)$/u;

const VOICED: Readonly<Record<string, string>> = { к: 'г', қ: 'ғ', п: 'б' };

/** A Kazakh stem with its final consonant voiced, as before a vowel ending ("кепілдік" → "кепілдіг-іміз"). */
function voiced(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  return VOICED[last] ? stem.slice(0, -1) + VOICED[last] : stem;
}

/** A Finnish "-ton/-tön" adjective in its "-ttoma-/-ttömä-" cases ("kivuton" → "kivuttomasti", "maksuttoman"). */
function privativeGrowth(term: string, candidate: string): boolean {
  const m = /^(\p{L}{3,})t([oö])n$/u.exec(term);
  return m !== null && candidate.startsWith(`${m[1] ?? ''}tt${m[2] ?? ''}m`);
}

/** Finnish case endings run up to four letters (-ssaan, -esti), one more than MAX_TERM_ENDING. */
const MAX_GRADATED_ENDING = 4;

/** The copy's word is the term, gradation undone, plus a case ending ("täydellinen" → "täydellisen", "täydellisesti"). */
function gradatedGrowth(term: string, candidate: string): boolean {
  if (commonPrefix(term, candidate) < MIN_PREFIX - 2) return false;
  const base = gradated(term);
  const grown = gradated(candidate);
  return base.length >= MIN_TERM_STEM + 1 && grown.startsWith(base) && grown.length - base.length <= MAX_GRADATED_ENDING;
}
