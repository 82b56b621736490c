import { forLanguage } from '../language/languages';
import { ARTICLES } from '../language/stop-words';
import type { KeyedWordAt, WordKeys } from '../language/word-keys';
import { sameTerm, type KeyedWord } from '../language/word-match';
import { wordsOf } from '../text/words';
import type { RuleSection } from './rule-kind';

/** Where a term was found in copy. */
export interface TermHit {
  readonly term: string;
  readonly section: string;
  /** The words as written in the copy. */
  readonly text: string;
  readonly start: number;
}

/**
 * Finds terms (single words or phrases) in any inflection and case: each word of the term must match the
 * next word of the copy by stem (see sameTerm), and a leading article any article ("la millor" catches
 * "les millors"). Terms are segmented and stemmed once per language.
 */
export interface TermMatcher {
  find(sections: readonly RuleSection[], keys: WordKeys): TermHit[];
}

/** A word of a term; `article`: an article leading a phrase ("la" of "la millor"), which any article stands for. */
type TermWord = KeyedWord & { readonly article: boolean };

function phraseAt(phrase: readonly TermWord[], words: readonly KeyedWordAt[], i: number, keys: WordKeys): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const word = words[i + j];
    const wanted = phrase[j];
    if (!word || !wanted) return false;
    if (wanted.article ? !articlesOf(keys.lang).has(word.lower) : !sameTerm(wanted, word, keys.lang)) return false;
  }
  return true;
}

const articleSets = new Map<string, ReadonlySet<string>>();

function articlesOf(lang: string): ReadonlySet<string> {
  let set = articleSets.get(lang);
  if (!set) articleSets.set(lang, (set = new Set(forLanguage(ARTICLES, lang, []))));
  return set;
}

/** A term's words; articles leading a phrase agree in any form ("les millors" for "la millor"). */
function termWords(term: string, keys: WordKeys): TermWord[] {
  const articles = articlesOf(keys.lang);
  const words = wordsOf(term, keys.lang).map((w) => ({ lower: w.lower, key: keys.keyOf(w.lower), article: false }));
  const lead = words.findIndex((w) => !articles.has(w.lower));
  return lead <= 0 ? words : words.map((w, i) => (i < lead ? { ...w, article: true } : w));
}

/** A matcher for `terms` (as written by the brand). */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const compiled = new WeakMap<WordKeys, Array<{ term: string; phrase: TermWord[] }>>();
  const phrasesFor = (keys: WordKeys) => {
    let phrases = compiled.get(keys);
    if (!phrases) {
      phrases = terms
        .map((term) => ({ term, phrase: termWords(term, keys) }))
        .filter((p) => p.phrase.length > 0);
      compiled.set(keys, phrases);
    }
    return phrases;
  };
  return {
    find(sections, keys) {
      const hits: TermHit[] = [];
      for (const { term, phrase } of phrasesFor(keys)) {
        for (const section of sections) {
          for (let i = 0; i + phrase.length <= section.words.length; i++) {
            if (!phraseAt(phrase, section.words, i, keys)) continue;
            const first = section.words[i] as KeyedWordAt;
            const last = section.words[i + phrase.length - 1] as KeyedWordAt;
            hits.push({ term, section: section.name, text: section.text.slice(first.start, last.end), start: first.start });
          }
        }
      }
      return hits;
    },
  };
}
