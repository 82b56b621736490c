import type { MasterAnalysis, VariantAnalysis } from '../drift/analysis';
import { GUARANTEE_CUES } from '../language/claim-cues';
import { forLanguage } from '../language/languages';
import type { RawFlag } from './compare-values';

const patterns = new Map<string, RegExp | undefined>();

function cuePattern(lang: string): RegExp | undefined {
  if (!patterns.has(lang)) {
    const own = forLanguage(GUARANTEE_CUES, lang, '');
    const source = [own, lang === 'en' ? '' : GUARANTEE_CUES.en].filter(Boolean).join('|');
    patterns.set(lang, source ? new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'iu') : undefined);
  }
  return patterns.get(lang);
}

const promising = new WeakMap<MasterAnalysis, boolean>();

/** Whether the master itself promises something (remembered per master analysis). */
function masterPromises(master: MasterAnalysis, pattern: RegExp): boolean {
  let promises = promising.get(master);
  if (promises === undefined) {
    promises = pattern.test(master.text);
    promising.set(master, promises);
  }
  return promises;
}

/**
 * A promise the master does not make: a guarantee, refund or warranty word in the variant where the master
 * has none (UNSUPPORTED_CLAIM). Promises are claims even without a number.
 */
export function newPromises(master: MasterAnalysis, variant: VariantAnalysis): RawFlag[] {
  const pattern = cuePattern(master.lang);
  if (!pattern || masterPromises(master, pattern)) return [];
  for (const section of variant.sections) {
    const m = pattern.exec(section.text);
    if (m) {
      return [{ code: 'UNSUPPORTED_CLAIM', message: `Unexpected promise '${m[0]}': the master makes no such guarantee`, evidence: m[0], section: section.name }];
    }
  }
  return [];
}
