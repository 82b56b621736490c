import { validateMasterDraft } from '../../../src/domain/campaign/validate-master';
import { ValidationError } from '../../../src/domain/errors';

const master = {
  locale: 'fi-fi',
  headline: '  Uusi sauna  ',
  body: 'Avautuu 2.5.\nTervetuloa!',
  callToAction: { text: 'Osta lippu', url: ' https://loyly.example.fi/liput ' },
  keyFacts: [' kertalippu 18 € ', 'avautuu 2.5.'],
};

describe('validating a master draft', () => {
  it('should normalise locale, whitespace and URL', () => {
    expect(validateMasterDraft(master)).toEqual({
      locale: 'fi-FI',
      headline: 'Uusi sauna',
      body: 'Avautuu 2.5.\nTervetuloa!',
      callToAction: { text: 'Osta lippu', url: 'https://loyly.example.fi/liput' },
      keyFacts: ['kertalippu 18 €', 'avautuu 2.5.'],
    });
  });

  it.each([
    ['master.locale', { locale: 'finnish' }],
    ['master.callToAction.url', { callToAction: { text: 'x', url: 'javascript:void(0)' } }],
    ['master.keyFacts', { keyFacts: [] }],
    ['master.keyFacts', { keyFacts: Array(11).fill('x').map((x, i) => x + i) }],
    ['master.keyFacts[1]', { keyFacts: ['a', ' '] }],
    ['master.keyFacts[1]', { keyFacts: ['Free towel', 'free TOWEL'] }],
    ['master.keyFacts[0]', { keyFacts: ['x'.repeat(201)] }],
    ['master.headline', { headline: 'one\ntwo' }],
    ['master.callToAction.text', { callToAction: { text: '', url: 'https://x.example' } }],
  ])('should name %s when it is bad', (field, patch) => {
    try {
      validateMasterDraft({ ...master, ...patch });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
  });
});
