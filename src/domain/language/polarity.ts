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

/** How far a negation cue reaches by default, in words ("no credit card": both words are negated). */
const REACH = 2;
const EMPTY = { before: [], after: [], privative: [], notOnly: [] };

interface CueSets {
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly notOnly: ReadonlySet<string>;
  readonly privative: readonly string[];
  readonly afterWide: ReadonlySet<string>;
  readonly negativeEndings: readonly string[];
  readonly abessive: readonly string[];
}

const cueCache = new Map<string, CueSets>();

function cuesOf(lang: string): CueSets {
  let sets = cueCache.get(lang);
  if (!sets) {
    const cues = forLanguage(NEGATION_CUES, lang, EMPTY);
    sets = {
      before: new Set(cues.before),
      after: new Set(cues.after),
      notOnly: new Set(cues.notOnly),
      privative: cues.privative,
      afterWide: new Set(cues.afterWide ?? []),
      negativeEndings: cues.negativeEndings ?? [],
      abessive: cues.abessive ?? [],
    };
    cueCache.set(lang, sets);
  }
  return sets;
}

/** A negative verb after a word: fi "ei" ("talletusta ei tarvita"), kk "-майды/-мейді…" ("талап етілмейді"). */
function negativeVerb(lower: string, cues: CueSets): boolean {
  return cues.afterWide.has(lower) || cues.negativeEndings.some((e) => lower.endsWith(e) && lower.length >= e.length + 2);
}

/**
 * True when a cue negates word `i`: a `before` cue at most `reach` content words earlier, or an `after`
 * cue at most `reach` content words later. Function words in between do not count ("do not need a
 * subscription": "subscription" is the second content word after "not"). The wide reading (`reach` ≥
 * REACH) also counts a negative verb after the word ("talletusta ei tarvita"); the narrow one does not, so
 * "150 km sisältyy, ei talletusta" still states that the 150 km are included. A cue never reaches across
 * a clause mark ("If it isn't for you, you can cancel"). `tight` (how a key fact is read) also ends the
 * reach of a `before` cue at a function word after a content word: "sense cost per a encàrrecs" negates
 * the cost, not the orders, while "without a subscription" still negates the subscription.
 */
function negatedAt(words: readonly KeyedWordAt[], i: number, cues: CueSets, keys: WordKeys, reach: number, tight = false): boolean {
  const clause = words[i]?.clause;
  let steps = 0;
  let between = false;
  for (let j = i - 1; j >= 0 && steps < reach && words[j]?.clause === clause; j--) {
    const lower = words[j]?.lower ?? '';
    if (cues.before.has(lower)) return !cues.notOnly.has(words[j + 1]?.lower ?? '');
    if (keys.isFunctionWord(lower)) between = true;
    else if (tight && between) return false;
    else steps++;
  }
  steps = 0;
  for (let j = i + 1; j < words.length && steps < reach && words[j]?.clause === clause; j++) {
    const lower = words[j]?.lower ?? '';
    if (cues.after.has(lower)) return !cues.notOnly.has(words[j - 1]?.lower ?? '');
    if (reach >= REACH && negativeVerb(lower, cues)) return true;
    if (!keys.isFunctionWord(lower)) steps++;
  }
  return false;
}

/** A content word as negation sees it: privative and abessive words stand for their base ("ақысыз" → "ақы", "maksutta" → "maksu"). */
export interface ContentForm {
  readonly lower: string;
  readonly key: string;
  /** Index in the word list it came from. */
  readonly index: number;
  /** True when a privative suffix negates the word itself. */
  readonly privative: boolean;
}

/** The content words of `words` (privative words as their negated base), without judging negation yet. */
export function contentForms(words: readonly KeyedWordAt[], keys: WordKeys): ContentForm[] {
  const cues = cuesOf(keys.lang);
  const out: ContentForm[] = [];
  words.forEach((w, index) => {
    if (w.numeric || keys.isFunctionWord(w.lower)) return;
    const suffix = cues.privative.find((p) => w.lower.endsWith(p) && w.lower.length >= p.length + 3);
    const abessive = suffix ? undefined : cues.abessive.find((p) => w.lower.endsWith(p) && w.lower.length >= p.length + 3);
    const cut = suffix?.length ?? (abessive ? 3 : 0);
    if (cut === 0) out.push({ lower: w.lower, key: w.key, index, privative: false });
    else out.push({ lower: w.lower.slice(0, -cut), key: keys.keyOf(w.lower.slice(0, -cut)), index, privative: true });
  });
  return out;
}

/** Whether `form` is negated: by its privative suffix, or by a cue within `reach` content words (see REACH). */
export function isNegated(form: ContentForm, words: readonly KeyedWordAt[], keys: WordKeys, reach = REACH): boolean {
  return form.privative || negatedAt(words, form.index, cuesOf(keys.lang), keys, reach);
}

/**
 * The content words of `words` with their polarity. A word with a privative suffix (kk "ақысыз",
 * fi "maksuton") stands for its base, negated ("ақы", "maksu"), so "ақысыз" and "ақы алынады" disagree.
 */
export function polarWords(words: readonly KeyedWordAt[], keys: WordKeys, reach = REACH): PolarWord[] {
  const cues = cuesOf(keys.lang);
  return contentForms(words, keys).map((f) => ({ lower: f.lower, key: f.key, negated: f.privative || negatedAt(words, f.index, cues, keys, reach, true), index: f.index }));
}
