import type { MasterAnalysis, VariantAnalysis } from '../drift/analysis';
import { contentForms, isNegated } from '../language/polarity';
import type { KeyedWordAt } from '../language/word-keys';
import { sameWord } from '../language/word-match';
import type { RawFlag } from './compare-values';
import { costTurned } from './cost-polarity';

/** Up to three words either side of the `index`-th word of the copy, within its section, as evidence. */
function around(variant: VariantAnalysis, index: number): { text: string; section?: string } {
  const word = variant.words[index];
  const section = variant.sections.find((s) => word !== undefined && s.words.includes(word));
  if (!section || !word) return { text: '' };
  const i = section.words.indexOf(word);
  const from = section.words[Math.max(0, i - 3)] ?? word;
  const to = section.words[Math.min(section.words.length - 1, i + 3)] ?? word;
  const text = section.text.slice(from.start, to.end);
  const line = text.split('\n').find((l) => l.includes(word.text)) ?? text;
  return { text: line.trim(), section: section.name };
}

const SENTENCE_END = /[.!?\n]/;
const questionCache = new WeakMap<VariantAnalysis, ReadonlySet<KeyedWordAt>>();

/** The sentences of `text` that end with "?", as [start, end) spans; linear in the text. */
function questionSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text.charAt(i))) continue;
    if (text.charAt(i) === '?') spans.push({ start, end: i + 1 });
    start = i + 1;
  }
  return spans;
}

/** The copy's words that stand in a question ("Жазылу керек пе?", "Is delivery extra?"): a question asserts nothing. */
function wordsInQuestions(variant: VariantAnalysis): ReadonlySet<KeyedWordAt> {
  let words = questionCache.get(variant);
  if (!words) {
    const found = new Set<KeyedWordAt>();
    for (const section of variant.sections) {
      if (!section.text.includes('?')) continue;
      const spans = questionSpans(section.text);
      let q = 0;
      for (const w of section.words) {
        while (q < spans.length && (spans[q]?.end ?? 0) <= w.start) q++;
        const span = spans[q];
        if (span && w.start >= span.start && w.end <= span.end) found.add(w);
      }
    }
    words = found;
    questionCache.set(variant, words);
  }
  return words;
}

/**
 * A key fact the copy turns around: a word the fact negates appears only un-negated in the copy
 * ("ilman lisämaksua" → "peritään lisämaksu"), or a word the fact states appears only negated
 * ("router inclòs" → "sense router"), or what the fact calls free the copy calls paid in other words
 * ("бесплатная установка" → "установка не входит в стоимость", see cost-polarity.ts). Each is a
 * FACT_MISMATCH. Words the copy does not use at all are left to key-fact coverage, and words in a question
 * ("Жазылу керек пе?") state nothing either way.
 */
export function negatedFacts(master: MasterAnalysis, variant: VariantAnalysis): RawFlag[] {
  // NOTE: asymmetric on purpose. A word the fact negates must appear un-negated even by a wide reading of
  // negation (a cue two words back counts); a word the fact states must appear negated right after a cue
  // ("sense router"), since "не упустите бесплатную доставку" does not negate the delivery.
  const questions = wordsInQuestions(variant);
  const forms = contentForms(variant.words, master.keys).filter((c) => !questions.has(variant.words[c.index] as KeyedWordAt));
  const flags: RawFlag[] = [];
  for (const fact of master.facts) {
    const turned = fact.polar.find((w) => {
      const uses = w.lower.length >= 3 ? forms.filter((c) => sameWord(w, c, master.lang)) : [];
      return uses.length > 0 && uses.every((c) => isNegated(c, variant.words, master.keys, w.negated ? 2 : 1) !== w.negated);
    });
    if (!turned) {
      const cost = costTurned(fact, variant, master.keys);
      if (cost) flags.push({ code: 'FACT_MISMATCH', message: `Unexpected '${cost.text}': the key fact '${fact.text}' says it costs nothing`, evidence: cost.text, section: cost.section });
      continue;
    }
    const use = forms.find((c) => sameWord(turned, c, master.lang));
    const evidence = use ? around(variant, use.index) : { text: '' };
    flags.push({
      code: 'FACT_MISMATCH',
      message: `Unexpected '${evidence.text}', which ${turned.negated ? 'drops the negation of' : 'negates'} the key fact '${fact.text}'`,
      ...(evidence.text ? { evidence: evidence.text } : {}),
      ...(evidence.section ? { section: evidence.section } : {}),
    });
  }
  return flags;
}
