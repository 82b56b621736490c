import { ValidationError } from '../errors';
import { requireLocale } from '../locale';
import { LIMITS, requireText, urlProblem } from '../input-rules';
import type { MasterMessageDraft } from './master-message';

/**
 * A master draft with every rule of the domain checked and the text normalised (trimmed, canonical locale),
 * or a ValidationError naming the first bad field (`master.keyFacts[2]`, …).
 */
export function validateMasterDraft(input: MasterMessageDraft, field = 'master'): MasterMessageDraft {
  const locale = requireLocale(input.locale, `${field}.locale`);
  const url = input.callToAction.url.trim();
  const problem = urlProblem(url);
  if (problem) throw new ValidationError(`${field}.callToAction.url ${problem}`, `${field}.callToAction.url`);
  const { keyFactsMin: min, keyFactsMax: max } = LIMITS;
  if (input.keyFacts.length < min || input.keyFacts.length > max) {
    throw new ValidationError(`${field}.keyFacts must hold ${min} to ${max} facts, not ${input.keyFacts.length}`, `${field}.keyFacts`);
  }
  const keyFacts = input.keyFacts.map((fact, i) => requireText(fact, `${field}.keyFacts[${i}]`, LIMITS.keyFact));
  const seen = new Set<string>();
  keyFacts.forEach((fact, i) => {
    const key = fact.toLocaleLowerCase(locale);
    if (seen.has(key)) throw new ValidationError(`${field}.keyFacts[${i}] repeats an earlier fact`, `${field}.keyFacts[${i}]`);
    seen.add(key);
  });
  return {
    locale,
    headline: requireText(input.headline, `${field}.headline`, LIMITS.headline),
    body: requireText(input.body, `${field}.body`, LIMITS.body, { multiline: true }),
    callToAction: { text: requireText(input.callToAction.text, `${field}.callToAction.text`, LIMITS.ctaText), url },
    keyFacts,
  };
}
