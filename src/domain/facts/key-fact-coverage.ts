import type { KeyFact, MasterAnalysis, VariantAnalysis } from '../drift/analysis';
import type { WordKeys } from '../language/word-keys';
import { sameWord } from '../language/word-match';
import type { RawFlag } from './compare-values';
import { freeWordsCarried } from './cost-polarity';
import { describeValue, type FoundValue, magnitudeOf, sameValue } from './fact-value';

/**
 * Share of a key fact's content words the copy must carry when the fact has no concrete value
 * ("chicken and salmon recipes", "entrada lliure"). NOTE: chosen on the development set: faithful
 * paraphrases keep at least half of a fact's content words ("pyyhe sekä juoma kuuluvat hintaan" for
 * "pyyhe ja juoma sisältyvät": 2 of 3; "кондиционері бар" for "кондиционер міндетті": 1 of 2), while
 * omitted facts keep none or one of three.
 */
export const WORD_SHARE = 0.5;
/**
 * The same share for a fact with a concrete value (a price, a date): the value decides, since copy
 * rephrases the words around it freely ("Then from €2.90 a day" for "plans from €2.90 a day").
 */
export const WORD_SHARE_WITH_VALUE = 0;

/**
 * A fact's value is in the copy: as such, or a count as any number, or a whole hour as a bare number
 * ("arkisin 7–17"), or a quantity as its bare count ("majors de 18 anys" as "+18", "Over-18s").
 */
function carried(fv: FoundValue, variant: VariantAnalysis): boolean {
  const v = fv.value;
  const hour = v.kind === 'time' && v.minutes % 60 === 0 ? v.minutes / 60 : undefined;
  const count = v.kind === 'quantity' ? v.count : hour;
  return variant.values.some((x) => sameValue(x.value, v) || (v.kind === 'number' && magnitudeOf(x.value) === v.value) || (count !== undefined && x.value.kind === 'number' && x.value.value === count));
}

const keySets = new WeakMap<VariantAnalysis, ReadonlySet<string>>();

/** The copy's word keys, for the common exact hit before the fuzzy comparison. */
function variantKeys(variant: VariantAnalysis): ReadonlySet<string> {
  let keys = keySets.get(variant);
  if (!keys) {
    keys = new Set(variant.words.map((w) => w.key));
    keySets.set(variant, keys);
  }
  return keys;
}

/** What of `fact` the copy lacks: its missing values and content words (empty when the fact is covered). */
export function missingParts(fact: KeyFact, variant: VariantAnalysis, wordKeys: WordKeys): string[] {
  const lang = wordKeys.lang;
  const values = fact.values.filter((v) => !carried(v, variant)).map((v) => describeValue(v.value));
  const keys = variantKeys(variant);
  const free = freeWordsCarried(fact, variant, wordKeys);
  const words = fact.words.filter((w) => !keys.has(w.key) && !free.includes(w) && !variant.words.some((x) => sameWord(w, x, lang)));
  const share = fact.words.length ? 1 - words.length / fact.words.length : 1;
  const needed = fact.values.some((v) => v.strength === 'claim') ? WORD_SHARE_WITH_VALUE : WORD_SHARE;
  if (values.length === 0 && share >= needed) return [];
  return [...values, ...words.map((w) => w.text)];
}

/**
 * Key-fact coverage: a fact is carried when all its values appear (compared by normalised value, so
 * "31.3." carries "31. maaliskuuta") and enough of its content words appear in any inflection
 * (see WORD_SHARE). Returns a MISSING_KEY_FACT flag per missing fact and the share of facts carried.
 */
export function keyFactCoverage(master: MasterAnalysis, variant: VariantAnalysis): { flags: RawFlag[]; preserved: number } {
  const flags: RawFlag[] = [];
  for (const fact of master.facts) {
    const missing = missingParts(fact, variant, master.keys);
    if (missing.length === 0) continue;
    flags.push({ code: 'MISSING_KEY_FACT', message: `Unexpected omission of the key fact '${fact.text}', expected it in the copy (missing: ${missing.join(', ')})` });
  }
  const total = master.facts.length;
  return { flags, preserved: total ? (total - flags.length) / total : 1 };
}
