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
 * next word of the copy by stem (see sameTerm). Terms are segmented and stemmed once per language.
 */
export interface TermMatcher {
  find(sections: readonly RuleSection[], keys: WordKeys): TermHit[];
}

function phraseAt(phrase: readonly KeyedWord[], words: readonly KeyedWordAt[], i: number, lang: string): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const word = words[i + j];
    const wanted = phrase[j];
    if (!word || !wanted || !sameTerm(wanted, word, lang)) return false;
  }
  return true;
}

/** A matcher for `terms` (as written by the brand). */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const compiled = new WeakMap<WordKeys, Array<{ term: string; phrase: KeyedWord[] }>>();
  const phrasesFor = (keys: WordKeys) => {
    let phrases = compiled.get(keys);
    if (!phrases) {
      phrases = terms
        .map((term) => ({ term, phrase: wordsOf(term, keys.lang).map((w) => ({ lower: w.lower, key: keys.keyOf(w.lower) })) }))
        .filter((p) => p.phrase.length > 0);
      compiled.set(keys, phrases);
    }
    return phrases;
  };
  return {
    find(sections, keys) {
      const lang = keys.lang;
      const hits: TermHit[] = [];
      for (const { term, phrase } of phrasesFor(keys)) {
        for (const section of sections) {
          for (let i = 0; i + phrase.length <= section.words.length; i++) {
            if (!phraseAt(phrase, section.words, i, lang)) continue;
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
