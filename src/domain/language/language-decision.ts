import type { LanguageScore } from '../drift/linguistics';
import { type Marker, MARKERS, PLAUSIBLE_LANGUAGES, SCRIPTS } from './language-markers';

/** The verdict on copy's language: in the expected one, clearly another one, or too little to tell. */
export type LanguageVerdict = { readonly kind: 'same' } | { readonly kind: 'unsure' } | { readonly kind: 'foreign'; readonly lang: string; readonly reason: string };

/** Below this many letters we never judge the language by statistics (a slide "IMAX 3D!" says nothing). */
export const MIN_LETTERS = 15;
/** Below this many letters we do not even judge the script. */
export const MIN_LETTERS_SCRIPT = 10;
/** The identifier's top language must beat the expected one by this much probability to count. */
export const MIN_MARGIN = 0.3;
/** …and reach this probability itself. */
export const MIN_TOP = 0.3;
/**
 * Copy whose content words are mostly the master's own words, in any inflection, is in the master's
 * language: at least FAMILIAR_WORDS content words, FAMILIAR_SHARE of them found in the master. It only
 * ever turns a verdict into "same" and is checked before the close-pair markers (copy that is mostly the
 * master's own words is not the neighbouring language), which saves the identifier call for most faithful copy.
 */
export const FAMILIAR_WORDS = 8;
/** See FAMILIAR_WORDS. */
export const FAMILIAR_SHARE = 0.7;

/** How many content words the copy has, and how many of them the master uses too. */
export interface Familiarity {
  readonly words: number;
  readonly known: number;
}

const SAME: LanguageVerdict = { kind: 'same' };
const UNSURE: LanguageVerdict = { kind: 'unsure' };
const foreign = (lang: string, reason: string): LanguageVerdict => ({ kind: 'foreign', lang, reason });

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;

function scriptCounts(text: string): { letters: number; latin: number; cyrillic: number } {
  let letters = 0;
  let latin = 0;
  let cyrillic = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      letters++;
      latin++;
    } else if (code >= 0x400 && code <= 0x4ff) {
      letters++;
      cyrillic++;
    } else if (code >= 0xc0 && LETTER.test(c)) {
      letters++;
      if (LATIN.test(c)) latin++;
      else if (CYRILLIC.test(c)) cyrillic++;
    }
  }
  return { letters, latin, cyrillic };
}

type Ranking = () => readonly LanguageScore[];

const scoreOf = (ranking: readonly LanguageScore[], lang: string) => ranking.find((r) => r.lang === lang)?.score ?? 0;

function cyrillicVerdict(expected: string, text: string, rank: Ranking): LanguageVerdict | undefined {
  const words = text.toLowerCase().match(/[\p{Script=Cyrillic}'’ʼ]+/gu) ?? [];
  const count = (test: (w: string) => boolean) => words.filter(test).length;
  const kazakh = count((w) => MARKERS.kazakhLetters.test(w));
  const ukrainian = count((w) => MARKERS.ukrainianLetters.test(w) || MARKERS.ukrainianWords.has(w));
  const dotted = count((w) => MARKERS.dottedI.test(w));
  if (expected === 'ru') {
    const strange = kazakh + ukrainian + dotted + count((w) => MARKERS.belarusianLetters.test(w));
    if ((strange >= 2 && strange >= 0.15 * words.length) || (strange >= 1 && strange >= 0.25 * words.length)) {
      return foreign(kazakh > ukrainian ? 'kk' : 'uk', 'letters or words Russian does not have');
    }
    // NOTE: of the plausible Cyrillic languages (ru, uk, be, kk) only Russian writes a sentence with none of
    // і, ї, є, ґ, ў or the Kazakh letters, so the identifier has nothing to add.
    if (strange === 0) return SAME;
  }
  if (expected !== 'kk') return undefined;
  if (kazakh >= 2 || (kazakh >= 1 && words.length < 8)) return SAME;
  if (ukrainian >= 1) return foreign('uk', 'Ukrainian letters or words and no Kazakh letters');
  const ranking = rank();
  if (ranking[0]?.lang !== 'ru') return undefined;
  // NOTE: Kazakh typed without its own letters reads as Russian to identifiers: demand Russian evidence.
  const russianWords = count((w) => MARKERS.russianFunctionWords.has(w));
  if (dotted > 0 || (russianWords === 0 && scoreOf(ranking, 'ru') - scoreOf(ranking, 'kk') < 0.5)) return UNSURE;
  return undefined;
}

const ROMANCE = new Set(['ca', 'es', 'pt', 'gl', 'oc', 'it', 'fr', 'an', 'ast', 'la']);

function latinVerdict(expected: string, text: string, rank: Ranking): LanguageVerdict | undefined {
  const lower = text.toLowerCase();
  let words: readonly string[] | undefined;
  const hits = (marker: Marker) => {
    words ??= lower.match(/\p{L}+/gu) ?? [];
    return (lower.match(marker.spelling) ?? []).length + words.filter((w) => marker.words.has(w)).length;
  };
  if (expected === 'ca' && ROMANCE.has(rank()[0]?.lang ?? '')) {
    const [ca, es] = [hits(MARKERS.catalan), hits(MARKERS.spanish)];
    if (es >= 2 && es > 2 * ca) return foreign('es', 'Spanish-only letters and words');
    if (ca > es) return SAME;
  }
  if (expected === 'fi') {
    const estonian = hits(MARKERS.estonian);
    if (estonian >= 2 && estonian > hits(MARKERS.finnish)) return foreign('et', 'Estonian letters, endings and function words');
    if (hits(MARKERS.swedish) >= 2) return foreign('sv', 'Swedish å and function words');
  }
  return undefined;
}

/** An identifier verdict the markers overrule: "Estonian" with Finnish y and no õ/ü is Finnish. */
function overruled(expected: string, text: string, ranking: readonly LanguageScore[]): boolean {
  return expected === 'fi' && ranking[0]?.lang === 'et' && (text.match(/y/gu) ?? []).length >= 2;
}

function statisticalVerdict(expected: string, ranking: readonly LanguageScore[]): LanguageVerdict {
  const top = ranking[0];
  if (!top) return UNSURE;
  if (top.lang === expected) return SAME;
  const mine = scoreOf(ranking, expected);
  if (!PLAUSIBLE_LANGUAGES.has(top.lang) || top.score < MIN_TOP || top.score - mine < MIN_MARGIN) return UNSURE;
  return foreign(top.lang, `identified with probability ${top.score.toFixed(2)}`);
}

/**
 * Decides whether `text` (copy with names, links and numbers removed) is in `expected` (primary subtag):
 *  1. script: a Latin text for a Cyrillic master (or the reverse) is foreign;
 *  2. too few letters: unsure (never cry wolf on a slide or a hashtag line);
 *  3. copy made mostly of the master's own words (`familiar`, see FAMILIAR_SHARE) is the same language;
 *  4. markers settle the close pairs statistical identifiers confuse on short copy (ru/uk, ru/kk,
 *     ca/es, fi/et, fi/sv): letters and function words one language of the pair never uses; Kazakh typed
 *     without its own letters is not called Russian without Russian function words;
 *  5. otherwise the identifier: foreign when its top language is a plausible one, has probability
 *     ≥ MIN_TOP and beats the expected language by ≥ MIN_MARGIN.
 * `rank` is called at most once, and only when a rule needs it. Thresholds from the language-ID evaluation
 * (0 false alarms on 251 genuine texts, 137 of 148 close-pair texts caught).
 */
export function decideLanguage(expected: string, text: string, rank: (text: string) => readonly LanguageScore[], familiar?: Familiarity): LanguageVerdict {
  let ranking: readonly LanguageScore[] | undefined;
  const ranked: Ranking = () => (ranking ??= rank(text));
  const { letters, latin, cyrillic } = scriptCounts(text);
  if (letters < MIN_LETTERS_SCRIPT) return UNSURE;
  const script = SCRIPTS[expected];
  const own = script === 'Latin' ? latin : cyrillic;
  if (script && own < 0.5 * (latin + cyrillic)) return foreign(ranked()[0]?.lang ?? 'unknown', `written in another script than ${script}`);
  if (letters < MIN_LETTERS) return UNSURE;
  if (familiar && familiar.words >= FAMILIAR_WORDS && familiar.known >= FAMILIAR_SHARE * familiar.words) return SAME;
  const marked = script === 'Cyrillic' ? cyrillicVerdict(expected, text, ranked) : latinVerdict(expected, text, ranked);
  if (marked) return marked;
  return overruled(expected, text, ranked()) ? SAME : statisticalVerdict(expected, ranked());
}
