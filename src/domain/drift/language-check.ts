import type { RawFlag } from '../facts/compare-values';
import { decideLanguage } from '../language/language-decision';
import { blankSpans } from '../text/spans';
import { type MasterAnalysis, nameSpans, type VariantAnalysis } from './analysis';
import type { Linguistics } from './linguistics';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The copy as language evidence: URLs, hashtags, mentions, protected names, digits, symbols and emoji
 * removed, since they say nothing about the language ("Lumen+", "IMAX", "#JolTaxi", "4 500 ₸").
 */
export function languageEvidence(variant: VariantAnalysis, protectedTerms: readonly string[]): string {
  const terms = protectedTerms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${protectedTerms.map(escape).join('|')})`, 'giu') : undefined;
  return variant.sections
    .map((s) => blankSpans(s.text, nameSpans(s.text, terms)))
    .join('\n')
    .replace(/[^\p{L}\p{M}'’·\s.,!?;:«»"()\-–—]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** WRONG_LANGUAGE when the copy is clearly not in the master's language (see decideLanguage). */
export function checkLanguage(master: MasterAnalysis, variant: VariantAnalysis, tools: Linguistics, protectedTerms: readonly string[]): RawFlag[] {
  const evidence = languageEvidence(variant, protectedTerms);
  const verdict = decideLanguage(master.lang, evidence, (text) => tools.identifyLanguage(text));
  if (verdict.kind !== 'foreign') return [];
  return [
    {
      code: 'WRONG_LANGUAGE',
      message: `Unexpected language '${verdict.lang}', expected '${master.lang}' as the master (${verdict.reason})`,
      evidence: evidence.length > 120 ? `${evidence.slice(0, 120)}…` : evidence,
    },
  ];
}
