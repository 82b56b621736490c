import type { Linguistics } from '../drift/linguistics';
import type { Word } from '../text/words';
import { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './calendar-words';
import { forLanguage } from './languages';
import { NEGATION_CUES } from './negation-cues';
import { STOP_WORDS } from './stop-words';

/**
 * How words of one language compare: stop words drop out, weekday names and abbreviations share one key
 * ("ke" = "keskiviikkoisin"), every other word compares by stem. Built once per language.
 */
export interface WordKeys {
  readonly lang: string;
  /** True for function words (and negation cues), which never decide coverage. */
  isFunctionWord(lower: string): boolean;
  /** The comparison key of a lower-case word. */
  keyOf(lower: string): string;
}

function weekdayMatcher(lang: string): (lower: string) => number | undefined {
  const names = forLanguage(WEEKDAY_NAMES, lang, WEEKDAY_NAMES.en);
  const short = forLanguage(WEEKDAY_ABBREVIATIONS, lang, WEEKDAY_ABBREVIATIONS.en);
  const patterns = names.map((source, i) => new RegExp(`^(?:${source}|${short[i] ?? source})$`, 'iu'));
  return (lower) => {
    const i = patterns.findIndex((re) => re.test(lower));
    return i < 0 ? undefined : i;
  };
}

const cache = new WeakMap<object, Map<string, WordKeys>>();
/** NOTE: bounds the per-language memo of word keys; cleared whole when full (cheap, and rare). */
const MEMO_LIMIT = 50_000;
/** Words with digits are values, compared as written, never stemmed. */
const DIGIT = /\d/;

function build(lang: string, tools: Pick<Linguistics, 'stem'>): WordKeys {
  const cues = forLanguage(NEGATION_CUES, lang, { before: [], after: [], privative: [], notOnly: [] });
  const functionWords = new Set([...forLanguage(STOP_WORDS, lang, []), ...cues.before, ...cues.after]);
  const weekday = weekdayMatcher(lang);
  const memo = new Map<string, string>();
  return {
    lang,
    isFunctionWord: (lower) => functionWords.has(lower),
    keyOf: (lower) => {
      let key = memo.get(lower);
      if (key === undefined) {
        const day = DIGIT.test(lower) ? undefined : weekday(lower);
        if (day !== undefined) key = `@weekday${day}`;
        else key = DIGIT.test(lower) ? lower : tools.stem(lang, lower);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(lower, key);
      }
      return key;
    },
  };
}

/** The word keys of `lang`, stemming with `tools`; built once per tools and language. */
export function wordKeys(lang: string, tools: Pick<Linguistics, 'stem'>): WordKeys {
  let byLang = cache.get(tools);
  if (!byLang) {
    byLang = new Map();
    cache.set(tools, byLang);
  }
  let keys = byLang.get(lang);
  if (!keys) {
    keys = build(lang, tools);
    byLang.set(lang, keys);
  }
  return keys;
}

/** A word of copy with its comparison key. */
export type KeyedWordAt = Word & { readonly key: string };

/** `words` with their keys. */
export function keyWords(words: readonly Word[], keys: WordKeys): KeyedWordAt[] {
  return words.map((w) => ({ text: w.text, lower: w.lower, start: w.start, end: w.end, numeric: w.numeric, clause: w.clause, key: keys.keyOf(w.lower) }));
}

/** The content words of `words` (no numbers, no function words). */
export function contentWords(words: readonly KeyedWordAt[], keys: WordKeys): KeyedWordAt[] {
  return words.filter((w) => !w.numeric && !keys.isFunctionWord(w.lower));
}
