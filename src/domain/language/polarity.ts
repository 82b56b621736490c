import { forLanguage } from './languages';
import { NEGATION_CUES } from './negation-cues';
import type { KeyedWordAt, WordKeys } from './word-keys';

/** A content word with whether the text negates it ("ilman lisämaksua": lisämaksu is negated). */
export interface PolarWord {
  readonly lower: string;
  readonly key: string;
  readonly negated: boolean;
  /** Index in the word list it came from (for evidence). */
  readonly index: number;
}

/** How far a negation cue reaches, in words ("no credit card": both words are negated). */
const REACH = 2;
const EMPTY = { before: [], after: [], privative: [], notOnly: [] };

interface CueSets {
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly notOnly: ReadonlySet<string>;
  readonly privative: readonly string[];
}

const cueCache = new Map<string, CueSets>();

function cuesOf(lang: string): CueSets {
  let sets = cueCache.get(lang);
  if (!sets) {
    const cues = forLanguage(NEGATION_CUES, lang, EMPTY);
    sets = { before: new Set(cues.before), after: new Set(cues.after), notOnly: new Set(cues.notOnly), privative: cues.privative };
    cueCache.set(lang, sets);
  }
  return sets;
}

function negatedAt(words: readonly KeyedWordAt[], i: number, cues: CueSets): boolean {
  for (let j = Math.max(0, i - REACH); j < i; j++) {
    if (cues.before.has(words[j]?.lower ?? '') && !cues.notOnly.has(words[j + 1]?.lower ?? '')) return true;
  }
  for (let j = i + 1; j <= Math.min(words.length - 1, i + REACH); j++) {
    if (cues.after.has(words[j]?.lower ?? '') && !cues.notOnly.has(words[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The content words of `words` with their polarity. A word with a privative suffix (kk "ақысыз",
 * fi "maksuton") also yields its base, negated ("ақы", "maksu"), so "ақысыз" and "ақы алынады" disagree.
 */
export function polarWords(words: readonly KeyedWordAt[], keys: WordKeys): PolarWord[] {
  const cues = cuesOf(keys.lang);
  const out: PolarWord[] = [];
  words.forEach((w, index) => {
    if (w.numeric || keys.isFunctionWord(w.lower)) return;
    const suffix = cues.privative.find((p) => w.lower.endsWith(p) && w.lower.length >= p.length + 3);
    if (suffix) {
      const base = w.lower.slice(0, -suffix.length);
      out.push({ lower: base, key: keys.keyOf(base), negated: true, index });
      return;
    }
    out.push({ lower: w.lower, key: w.key, negated: negatedAt(words, index, cues), index });
  });
  return out;
}
