import { stemKazakh } from './kazakh-stemmer';
import { snowballStemmer } from './snowball-stemmer';

/** NOTE: stemming is the hot path of a check; a bounded memo per language makes repeated words free. */
const MEMO_LIMIT = 100_000;
const memos = new Map<string, Map<string, string>>();

function rawStem(lang: string, word: string): string {
  if (lang === 'kk') return stemKazakh(word);
  const snowball = snowballStemmer(lang);
  return snowball ? snowball(lang === 'ru' ? word.replace(/ё/g, 'е') : word) : word;
}

/** Longer "words" are not language (a pasted hash, a run of digits): stemming them is wasted work. */
const MAX_WORD = 64;

/** The stem of a lower-case word: Snowball for en, ru, fi, ca (and more), our suffix stripper for kk. */
export function stem(lang: string, word: string): string {
  if (word.length > MAX_WORD) return word;
  let memo = memos.get(lang);
  if (!memo) {
    memo = new Map();
    memos.set(lang, memo);
  }
  let result = memo.get(word);
  if (result === undefined) {
    result = rawStem(lang, word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, result);
  }
  return result;
}
