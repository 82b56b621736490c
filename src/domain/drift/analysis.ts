import type { MasterMessageDraft } from '../campaign/master-message';
import { extractValues } from '../facts/extract-values';
import type { FoundValue } from '../facts/fact-value';
import type { ExtractionContext } from '../facts/recognizer';
import { polarWords, type PolarWord } from '../language/polarity';
import { contentWords, keyWords, type KeyedWordAt, wordKeys, type WordKeys } from '../language/word-keys';
import { primaryLanguage } from '../locale';
import type { RuleSection } from '../rules/rule-kind';
import type { Section } from '../text/sections';
import { insideAny, mergeTagSpans, tagSpans, type TextSpan } from '../text/spans';
import { findUrls, parseUrl, type UrlMatch } from '../text/urls';
import { wordsOf } from '../text/words';
import type { Linguistics } from './linguistics';

/** A key fact of the master, ready to look for in copy. */
export interface KeyFact {
  readonly text: string;
  /** Content words outside the fact's values (stop words, numbers, units and month names left out). */
  readonly words: readonly KeyedWordAt[];
  /** Values the copy must carry (claims and number words). */
  readonly values: readonly FoundValue[];
  /** Every content word with whether the fact negates it ("ilman lisämaksua"). */
  readonly polar: readonly PolarWord[];
}

/** What the engine reads from a master message, computed once per master and reused for its variants. */
export interface MasterAnalysis {
  readonly lang: string;
  readonly keys: WordKeys;
  /** Every value the master states (headline, body, key facts, CTA text). */
  readonly values: readonly FoundValue[];
  readonly facts: readonly KeyFact[];
  readonly cta?: { readonly url: string; readonly host: string; readonly path: string };
  /** Words the master writes in capitals (acronyms), which are no shouting. */
  readonly upperCase: ReadonlySet<string>;
  /** All master text, for the language check and the claim-cue check. */
  readonly text: string;
  /** The keys of every word of the master, to see how much of the copy is the master's own wording. */
  readonly wordKeys: ReadonlySet<string>;
}

/** What the engine reads from a variant: its sections with words, values and links. */
export interface VariantAnalysis {
  readonly sections: readonly RuleSection[];
  readonly values: ReadonlyArray<FoundValue & { readonly section: string }>;
  readonly urls: ReadonlyArray<UrlMatch & { readonly section: string }>;
  /** Every word of every section, in order. */
  readonly words: readonly KeyedWordAt[];
}

/** Spans that hold names and links rather than prose: URLs, hashtags, mentions, merge tags and protected terms. */
export function nameSpans(text: string, protectedPattern?: RegExp, urls: readonly TextSpan[] = findUrls(text), mergeTags = mergeTagSpans(text)): TextSpan[] {
  const spans: TextSpan[] = [...urls, ...tagSpans(text), ...mergeTags];
  if (protectedPattern) for (const m of text.matchAll(protectedPattern)) spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return spans;
}

function analyzeFact(text: string, keys: WordKeys, ctx: ExtractionContext, protectedPattern?: RegExp): KeyFact {
  const values = extractValues(text, keys.lang, ctx, nameSpans(text, protectedPattern));
  const inValue = (w: KeyedWordAt) => values.some((v) => w.start < v.end && w.end > v.start);
  const all = keyWords(wordsOf(text, keys.lang), keys);
  const words = contentWords(all, keys).filter((w) => !inValue(w));
  return { text, words, values: values.filter((v) => v.strength !== 'weak'), polar: polarWords(all, keys) };
}

/** Reads a master message: its language, values, key facts and CTA. */
export function analyzeMaster(master: MasterMessageDraft, tools: Linguistics, ctx: ExtractionContext, protectedPattern?: RegExp): MasterAnalysis {
  const lang = primaryLanguage(master.locale);
  const keys = wordKeys(lang, tools);
  const parts = [master.headline, master.body, ...master.keyFacts, master.callToAction.text];
  const values = parts.flatMap((part) => extractValues(part, lang, ctx, nameSpans(part, protectedPattern), undefined, true));
  const upperCase = new Set(parts.flatMap((part) => part.match(/\p{Lu}{2,}/gu) ?? []));
  const cta = parseUrl(master.callToAction.url);
  return {
    lang,
    keys,
    values,
    facts: master.keyFacts.map((fact) => analyzeFact(fact, keys, ctx, protectedPattern)),
    ...(cta ? { cta: { url: master.callToAction.url, ...cta } } : {}),
    upperCase,
    text: parts.join('\n'),
    wordKeys: new Set(keyWords(wordsOf(parts.join('\n'), lang), keys).map((w) => w.key)),
  };
}

/** A section's words, URLs and name spans; the words of merge tags (`*|FNAME|*`) are placeholders, which no rule reads. */
function readSection(s: Section, keys: WordKeys, protectedPattern?: RegExp): RuleSection {
  const urls = findUrls(s.text);
  const mergeTags = mergeTagSpans(s.text);
  const words = wordsOf(s.text, keys.lang);
  const prose = mergeTags.length === 0 ? words : words.filter((w) => !insideAny(mergeTags, w.start, w.end));
  return { ...s, words: keyWords(prose, keys), urls, names: nameSpans(s.text, protectedPattern, urls, mergeTags) };
}

/** A small count that structures copy rather than claiming anything ("3 reasons to…", "## 5 tips"). */
const STRUCTURAL_COUNT = 12;
const TITLE_SECTIONS = new Set(['title', 'subject']);

function inHeading(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s{0,3}#{1,6}\s/.test(text.slice(lineStart, lineStart + 10));
}

/** Values as claims, except small bare counts in titles and headings, which only structure the copy. */
function sectionValues(s: RuleSection, keys: WordKeys, ctx: ExtractionContext): Array<FoundValue & { section: string }> {
  // NOTE: no bounds here: compare-values reads them on demand, only for values the master bounds.
  return extractValues(s.text, keys.lang, ctx, s.names, s.words).map((v) => {
    const structural = v.value.kind === 'number' && v.value.value <= STRUCTURAL_COUNT && (TITLE_SECTIONS.has(s.field) || inHeading(s.text, v.start));
    return { ...v, section: s.name, ...(structural ? { strength: 'weak' as const } : {}) };
  });
}

/** Reads a variant's sections in the master's language. */
export function analyzeVariant(sections: readonly Section[], keys: WordKeys, ctx: ExtractionContext, protectedPattern?: RegExp): VariantAnalysis {
  const read = sections.map((s) => readSection(s, keys, protectedPattern));
  return {
    sections: read,
    values: read.flatMap((s) => sectionValues(s, keys, ctx)),
    urls: read.flatMap((s) => s.urls.map((u) => ({ ...u, section: s.name }))),
    words: read.flatMap((s) => s.words),
  };
}
