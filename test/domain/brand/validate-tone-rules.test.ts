import { DEFAULT_TONE_RULES } from '../../../src/domain/brand/tone-rules';
import { validateToneRules } from '../../../src/domain/brand/validate-tone-rules';
import { ValidationError } from '../../../src/domain/errors';

describe('validating tone rules', () => {
  it('should give the defaults for no rules at all', () => {
    expect(validateToneRules(undefined)).toEqual(DEFAULT_TONE_RULES);
  });

  it('should trim and de-duplicate terms and keep the base where a field is absent', () => {
    const base = validateToneRules({ voice: ['warm'], maxExclamations: 2 });
    const next = validateToneRules({ bannedTerms: [' cheap ', 'cheap', 'halpa'] }, base);
    expect(next).toMatchObject({ voice: ['warm'], bannedTerms: ['cheap', 'halpa'], maxExclamations: 2 });
  });

  it('should let an explicit null clear maxExclamations', () => {
    const base = validateToneRules({ maxExclamations: 2 });
    expect(validateToneRules({ maxExclamations: null }, base).maxExclamations).toBeNull();
  });

  it('should record severity overrides by code', () => {
    const rules = validateToneRules({ severityOverrides: [{ code: 'PREFERRED_TERM', severity: 'ERROR' }, { code: 'TONE_VIOLATION', severity: 'OFF' }] });
    expect(rules.severityOverrides).toEqual({ PREFERRED_TERM: 'ERROR', TONE_VIOLATION: 'OFF' });
  });

  it.each([
    ['toneRules.maxExclamations', { maxExclamations: -1 }],
    ['toneRules.maxExclamations', { maxExclamations: 1.5 }],
    ['toneRules.bannedTerms[0]', { bannedTerms: [''] }],
    ['toneRules.bannedTerms', { bannedTerms: Array.from({ length: 201 }, (_, i) => `t${i}`) }],
    ['toneRules.preferredTerms[0].insteadOf', { preferredTerms: [{ use: 'coach', insteadOf: [] }] }],
    ['toneRules.preferredTerms[0].use', { preferredTerms: [{ use: ' ', insteadOf: ['trainer'] }] }],
    ['toneRules.preferredTerms', { preferredTerms: Array.from({ length: 201 }, () => ({ use: 'a', insteadOf: ['b'] })) }],
    ['toneRules.severityOverrides[0].code', { severityOverrides: [{ code: 'LOUDNESS', severity: 'OFF' }] }],
    ['toneRules.severityOverrides[0].severity', { severityOverrides: [{ code: 'BANNED_TERM', severity: 'LOUD' }] }],
  ])('should name %s when it is bad', (field, patch) => {
    try {
      validateToneRules(patch);
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
    }
  });
});
