import type { RawFlag } from '../facts/compare-values';
import { decideLanguage, type Familiarity } from '../language/language-decision';
import { blankSpans, spanMask } from '../text/spans';
import type { MasterAnalysis, VariantAnalysis } from './analysis';
import type { Linguistics } from './linguistics';

/**
 * How much copy the language is judged on. NOTE: the verdict settles within a few paragraphs, while reading
 * a whole 1,500-word post cost a tenth of its check; the familiarity of the copy's words counts them all.
 */
const MAX_EVIDENCE = 3000;

/**
 * The copy as language evidence: URLs, hashtags, mentions, protected names, digits, symbols and emoji
 * removed, since they say nothing about the language ("Lumen+", "IMAX", "#JolTaxi", "4 500 ₸"); the first
 * MAX_EVIDENCE characters of it.
 */
export function languageEvidence(variant: VariantAnalysis): string {
  return keepLanguage(variant.sections.map((s) => blankSpans(s.text, s.names)).join(' ').slice(0, MAX_EVIDENCE));
}

const PUNCTUATION = new Set("'’·.,!?;:«»\"()-–—");
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letters, marks and sentence punctuation of `text`; everything else (digits, symbols, emoji) becomes one space. */
function keepLanguage(text: string): string {
  let out = '';
  let space = true;
  for (const c of text) {
    const code = c.charCodeAt(0);
    const ascii = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    const keep = ascii || (code >= 0x400 && code <= 0x4ff) || PUNCTUATION.has(c) || (code >= 0xc0 && LETTER_OR_MARK.test(c));
    if (keep) {
      out += c;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trim();
}

/** How many of the copy's content words (outside names and links) the master uses too, by stem. */
function familiarity(master: MasterAnalysis, variant: VariantAnalysis): Familiarity {
  let words = 0;
  let known = 0;
  for (const section of variant.sections) {
    const names = spanMask(section.text.length, section.names);
    for (const w of section.words) {
      if (w.numeric || master.keys.isFunctionWord(w.lower) || names[w.start] === 1) continue;
      words++;
      if (master.wordKeys.has(w.key)) known++;
    }
  }
  return { words, known };
}

/** WRONG_LANGUAGE when the copy is clearly not in the master's language (see decideLanguage). */
export function checkLanguage(master: MasterAnalysis, variant: VariantAnalysis, tools: Linguistics): RawFlag[] {
  const evidence = languageEvidence(variant);
  const verdict = decideLanguage(master.lang, evidence, (text) => tools.identifyLanguage(text), familiarity(master, variant));
  if (verdict.kind !== 'foreign') return [];
  return [
    {
      code: 'WRONG_LANGUAGE',
      message: `Unexpected language '${verdict.lang}', expected '${master.lang}' as the master (${verdict.reason})`,
      evidence: evidence.length > 120 ? `${evidence.slice(0, 120)}…` : evidence,
    },
  ];
}
