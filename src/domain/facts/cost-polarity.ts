import type { KeyFact, MasterAnalysis, VariantAnalysis } from '../drift/analysis';
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
  /** A paid phrase, not global: a section without one (and without a negation cue) has no paid clause. */
  readonly paid: RegExp;
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
}

const grammars = new Map<string, CostGrammar | undefined>();

function compileGrammar(lang: string): CostGrammar | undefined {
  const words = forLanguage(COST_WORDS, lang, undefined);
  if (!words) return undefined;
  const cues = forLanguage(NEGATION_CUES, lang, { before: [], after: [], privative: [], notOnly: [] });
  const free = words.free.join('|');
  const paid = words.paid.join('|');
  return {
    phrase: new RegExp(`(?<!\\p{L})(?:(${free})|(${paid}))(?!\\p{L})`, 'giu'),
    paid: new RegExp(`(?<!\\p{L})(?:${paid})(?!\\p{L})`, 'iu'),
    before: new Set(cues.before),
    after: new Set(cues.after),
  };
}

function grammarOf(lang: string): CostGrammar | undefined {
  if (!grammars.has(lang)) grammars.set(lang, compileGrammar(lang));
  return grammars.get(lang);
}

/**
 * How many content words a negation cue reaches across: two for a paid phrase ("no hidden extra charge"), one
 * for a free phrase, which must follow its cue ("не входит"), since "не упустите бесплатную доставку" (don't
 * miss free delivery) does not make delivery paid.
 */
const REACH = { free: 1, paid: 2 };

/** How far around a phrase negation is looked for, in characters (a few words; clauses are cut shorter). */
const WINDOW = 48;

/** A negation cue within `reach` content words before [start, end) or after it (kk "кіреді емес"), inside [from, to). */
function negated(text: string, at: { start: number; end: number; from: number; to: number }, reach: number, grammar: CostGrammar, keys: WordKeys): boolean {
  const before = wordsOf(text.slice(Math.max(at.from, at.start - WINDOW), at.start), keys.lang).reverse();
  const after = wordsOf(text.slice(at.end, Math.min(at.to, at.end + WINDOW)), keys.lang);
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

/** A price phrase with the clause it stands in. */
interface PlacedPhrase extends CostPhrase {
  readonly from: number;
  readonly to: number;
}

/** Clause boundaries: copy that says "installation is free, delivery is extra" makes two separate statements. */
const CLAUSE_END = /[,.;:!?\n()–—]/;

function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text.charAt(to))) to++;
  return { from, to };
}

/** The price phrases of `text`, each with its polarity and clause. */
function costPhrases(text: string, grammar: CostGrammar, keys: WordKeys): PlacedPhrase[] {
  const found: PlacedPhrase[] = [];
  for (const m of text.matchAll(grammar.phrase)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const clause = clauseAround(text, start, end);
    const free = m[1] !== undefined;
    found.push({ start, end, ...clause, free: free !== negated(text, { start, end, ...clause }, free ? REACH.free : REACH.paid, grammar, keys) });
  }
  return found;
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

/** Clauses with a paid phrase and no free one; each section is scanned once, clauses only around phrases. */
function paidClauses(variant: VariantAnalysis, grammar: CostGrammar, keys: WordKeys): readonly PaidClause[] {
  let paid = paidCache.get(variant);
  if (!paid) {
    const found: PaidClause[] = [];
    for (const section of variant.sections) {
      const cue = section.words.some((w) => grammar.before.has(w.lower) || grammar.after.has(w.lower));
      if (!cue && !grammar.paid.test(section.text)) continue;
      const byClause = new Map<number, PlacedPhrase[]>();
      for (const phrase of costPhrases(section.text, grammar, keys)) byClause.set(phrase.from, [...(byClause.get(phrase.from) ?? []), phrase]);
      for (const phrases of byClause.values()) {
        const [first] = phrases;
        // NOTE: a question ("Жеткізу ақылы ма?" = is delivery paid?) says nothing costs extra.
        if (!first || phrases.some((p) => p.free) || section.text.charAt(first.to) === '?') continue;
        const words = section.words.filter((w) => w.start >= first.from && w.end <= first.to);
        found.push({ text: section.text.slice(first.from, first.to).trim(), section: section.name, words });
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

/** Whether `text` calls anything free (a free phrase, not negated). */
function saysFree(text: string, grammar: CostGrammar, keys: WordKeys): boolean {
  return costPhrases(text, grammar, keys).some((p) => p.free);
}

const freeWordCache = new WeakMap<KeyFact, readonly KeyedWordAt[]>();
const saysFreeCache = new WeakMap<VariantAnalysis, boolean>();

/**
 * The words of a key fact that only say "free" ("maksuton sisäänpääsy": "maksuton"), when the copy says
 * "free" too in any of its words ("vapaa pääsy", "veloituksetta", "de franc"): those words are carried by
 * the copy's own free phrase. Empty when the fact says nothing is free or the copy never says it.
 */
export function freeWordsCarried(fact: KeyFact, variant: VariantAnalysis, keys: WordKeys): readonly KeyedWordAt[] {
  const grammar = grammarOf(keys.lang);
  if (!grammar) return [];
  let words = freeWordCache.get(fact);
  if (!words) {
    const phrases = costPhrases(fact.text, grammar, keys).filter((p) => p.free);
    words = fact.words.filter((w) => phrases.some((p) => w.start < p.end && w.end > p.start));
    freeWordCache.set(fact, words);
  }
  if (words.length === 0) return [];
  let free = saysFreeCache.get(variant);
  if (free === undefined) {
    free = variant.sections.some((section) => saysFree(section.text, grammar, keys));
    saysFreeCache.set(variant, free);
  }
  return free ? words : [];
}

const masterFreeCache = new WeakMap<MasterAnalysis, boolean>();

/** Whether the master calls anything free: then a price of zero in the copy ("0 €" for a free month) states nothing new. */
export function masterSaysFree(master: MasterAnalysis): boolean {
  let free = masterFreeCache.get(master);
  if (free === undefined) {
    const grammar = grammarOf(master.lang);
    free = grammar ? saysFree(master.text, grammar, master.keys) : false;
    masterFreeCache.set(master, free);
  }
  return free;
}
