import type { KeyFact, VariantAnalysis } from '../drift/analysis';
import { COST_WORDS } from '../language/cost-words';
import { forLanguage } from '../language/languages';
import { NEGATION_CUES } from '../language/negation-cues';
import type { KeyedWordAt, WordKeys } from '../language/word-keys';
import { sameWord } from '../language/word-match';
import { wordsOf } from '../text/words';

/** A price phrase in text, and whether it says "costs nothing" once negation is read ("ei sisälly" does not). */
interface CostPhrase {
  readonly start: number;
  readonly end: number;
  readonly free: boolean;
}

interface CostGrammar {
  /** Group 1: a free phrase, group 2: a paid phrase (global, for matchAll). */
  readonly phrase: RegExp;
  /** The same, not global: for a stateless test. */
  readonly any: RegExp;
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
}

const grammars = new Map<string, CostGrammar | undefined>();

function grammarOf(lang: string): CostGrammar | undefined {
  if (!grammars.has(lang)) {
    const words = forLanguage(COST_WORDS, lang, undefined);
    const cues = forLanguage(NEGATION_CUES, lang, { before: [], after: [], privative: [], notOnly: [] });
    const source = words === undefined ? undefined : `(?<!\\p{L})(?:(${words.free.join('|')})|(${words.paid.join('|')}))(?!\\p{L})`;
    const grammar = source === undefined ? undefined : {
      phrase: new RegExp(source, 'giu'),
      any: new RegExp(source, 'iu'),
      before: new Set(cues.before),
      after: new Set(cues.after),
    };
    grammars.set(lang, grammar);
  }
  return grammars.get(lang);
}

/**
 * How many content words a negation cue reaches across: two for a paid phrase ("no hidden extra charge"), one
 * for a free phrase, which must follow its cue ("не входит"), since "не упустите бесплатную доставку" (don't
 * miss free delivery) does not make delivery paid.
 */
const REACH = { free: 1, paid: 2 };

/** A negation cue within `reach` content words before [start, end) or after it (kk "кіреді емес"), in `text`. */
function negated(text: string, start: number, end: number, reach: number, grammar: CostGrammar, keys: WordKeys): boolean {
  const before = wordsOf(text.slice(0, start), keys.lang).reverse();
  const after = wordsOf(text.slice(end), keys.lang);
  const reaches = (words: typeof before, cues: ReadonlySet<string>) => {
    let steps = 0;
    for (const w of words) {
      if (cues.has(w.lower)) return true;
      if (!keys.isFunctionWord(w.lower) && ++steps >= reach) return false;
    }
    return false;
  };
  return reaches(before, grammar.before) || reaches(after, grammar.after);
}

/** The price phrases of `text` with their polarity. */
function costPhrases(text: string, grammar: CostGrammar, keys: WordKeys): CostPhrase[] {
  const found: CostPhrase[] = [];
  for (const m of text.matchAll(grammar.phrase)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const free = m[1] !== undefined;
    found.push({ start, end, free: free !== negated(text, start, end, free ? REACH.free : REACH.paid, grammar, keys) });
  }
  return found;
}

/** Clause boundaries: copy that says "installation is free, delivery is extra" makes two separate statements. */
const CLAUSE_END = /[,.;:!?\n()–—]+/g;

function clausesOf(text: string): Array<{ start: number; text: string }> {
  const clauses: Array<{ start: number; text: string }> = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    clauses.push({ start: from, text: text.slice(from, m.index) });
    from = (m.index ?? 0) + m[0].length;
  }
  clauses.push({ start: from, text: text.slice(from) });
  return clauses;
}

/** A clause of copy that says something costs extra, with its words. */
interface PaidClause {
  readonly text: string;
  readonly section: string;
  readonly words: readonly KeyedWordAt[];
}

/** NOTE: the copy's paid clauses and each fact's free phrases are read once, not once per fact and clause. */
const paidCache = new WeakMap<VariantAnalysis, readonly PaidClause[]>();
const anchorCache = new WeakMap<KeyFact, readonly KeyedWordAt[]>();

function paidClauses(variant: VariantAnalysis, grammar: CostGrammar, keys: WordKeys): readonly PaidClause[] {
  let paid = paidCache.get(variant);
  if (!paid) {
    const found: PaidClause[] = [];
    for (const section of variant.sections) {
      if (!grammar.any.test(section.text)) continue;
      for (const clause of clausesOf(section.text)) {
        const said = costPhrases(clause.text, grammar, keys);
        if (said.length === 0 || said.some((p) => p.free)) continue;
        const end = clause.start + clause.text.length;
        found.push({ text: clause.text.trim(), section: section.name, words: section.words.filter((w) => w.start >= clause.start && w.end <= end) });
      }
    }
    paid = found;
    paidCache.set(variant, paid);
  }
  return paid;
}

/** The content words of a fact that calls something free, outside its price phrases; empty for other facts. */
function freeAnchors(fact: KeyFact, grammar: CostGrammar, keys: WordKeys): readonly KeyedWordAt[] {
  let anchors = anchorCache.get(fact);
  if (!anchors) {
    const phrases = costPhrases(fact.text, grammar, keys);
    anchors = phrases.some((p) => p.free) ? fact.words.filter((w) => !phrases.some((p) => w.start < p.end && w.end > p.start)) : [];
    anchorCache.set(fact, anchors);
  }
  return anchors;
}

/**
 * Where the copy says that something a key fact calls free costs extra: a clause with a paid phrase (or a
 * negated free one), no free phrase, and a content word of the fact ("бесплатная установка" →
 * "Установка не входит в стоимость"). Returns the clause as evidence, or undefined.
 */
export function costTurned(fact: KeyFact, variant: VariantAnalysis, keys: WordKeys): { text: string; section: string } | undefined {
  const grammar = grammarOf(keys.lang);
  if (!grammar) return undefined;
  const anchors = freeAnchors(fact, grammar, keys);
  if (anchors.length === 0) return undefined;
  const clause = paidClauses(variant, grammar, keys).find((c) => anchors.some((a) => c.words.some((w) => sameWord(a, w, keys.lang))));
  return clause && { text: clause.text, section: clause.section };
}
