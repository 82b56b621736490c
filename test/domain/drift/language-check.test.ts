import type { VariantAnalysis } from '../../../src/domain/drift/analysis';
import { languageEvidence } from '../../../src/domain/drift/language-check';

const variant = (...texts: Array<[string, Array<{ start: number; end: number }>]>) =>
  ({ sections: texts.map(([text, names]) => ({ text, names })) }) as unknown as VariantAnalysis;

describe('languageEvidence', () => {
  it('should keep letters and sentence punctuation, without names, digits or symbols', () => {
    expect(languageEvidence(variant(['Lumen+ costs €9.99 a month!', [{ start: 0, end: 6 }]], ['#Fit ok', [{ start: 0, end: 4 }]]))).toBe('costs . a month! ok');
  });

  it('should judge long copy by its first 3,000 characters', () => {
    const evidence = languageEvidence(variant([`${'Hei maailma. '.repeat(300)}${'Hello world. '.repeat(300)}`, []]));
    expect(evidence.length).toBeLessThanOrEqual(3000);
    expect(evidence).not.toContain('Hello');
  });
});
