import { ValidationError } from '../../../src/domain/errors';
import { brandPack, compileToneRules } from '../../../src/domain/rules/compile-tone-rules';
import { compilePack } from '../../../src/domain/rules/rule-pack';

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('compileToneRules', () => {
  it('should compile the default pack and one rule per tone setting in use', () => {
    const compiled = compileToneRules({ bannedTerms: ['cheap'], preferredTerms: [{ use: 'coach', insteadOf: ['trainer'] }], protectedTerms: ['PawPal'], maxExclamations: 1, allowEmoji: false });
    expect(compiled.rules.map((r) => r.id)).toEqual([
      'Tonehub.ChannelLimits', 'Tonehub.NoLinks', 'Tonehub.Shouting', 'Brand.BannedTerms', 'Brand.PreferredTerms', 'Brand.ProtectedTerms', 'Brand.Exclamations', 'Brand.NoEmoji',
    ]);
    expect(compileToneRules().rules.map((r) => r.kind)).toEqual(['channel-limit', 'link-not-allowed', 'shouting']);
  });

  it('should reject an unknown drift code or severity in the overrides', () => {
    expect(errorOf(() => compileToneRules({ severityOverrides: { NOPE: 'OFF' } as never })).field).toBe('toneRules.severityOverrides.NOPE');
    expect(errorOf(() => compileToneRules({ severityOverrides: { BANNED_TERM: 'LOUD' } as never })).field).toBe('toneRules.severityOverrides.BANNED_TERM');
    expect(errorOf(() => compileToneRules({ maxExclamations: -1 })).field).toBe('toneRules.maxExclamations');
  });

  it('should name the pack, rule and field of a bad option', () => {
    const error = errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'banned-term', rule: 'Words', options: { terms: ['ok', ''] } }] }));
    expect(error).toMatchObject({ code: 'PACK.INVALID_RULE', field: 'Acme.Words.terms[1]' });
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'preferred-term', rule: 'P', options: { terms: [{ use: 'a', insteadOf: 'b' }] } }] })).field).toBe('Acme.P.terms[0].insteadOf');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'preferred-term', rule: 'P', options: { terms: [{ use: '', insteadOf: [] }] } }] })).field).toBe('Acme.P.terms[0].use');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'preferred-term', rule: 'P', options: { terms: [{ use: 'a', insteadOf: [3] }] } }] })).field).toBe('Acme.P.terms[0].insteadOf[0]');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'preferred-term', rule: 'P', options: { terms: ['x'] } }] })).field).toBe('Acme.P.terms[0]');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'preferred-term', rule: 'P', options: { terms: 'x' } }] })).field).toBe('Acme.P.terms');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'banned-term', rule: 'B', options: { terms: 'x' } }] })).field).toBe('Acme.B.terms');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'exclamation-limit', rule: 'E', options: { max: 1.5 } }] })).field).toBe('Acme.E.max');
    expect(errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'shouting', rule: 'S', options: [] }] })).field).toBe('Acme.S.options');
  });

  it('should refuse an unknown kind, listing the valid ones', () => {
    const error = errorOf(() => compilePack({ name: 'Acme', rules: [{ kind: 'toString', rule: 'X' }] }));
    expect(error.code).toBe('PACK.UNKNOWN_KIND');
    expect(error.message).toContain('banned-term');
  });

  it('should leave out rules for settings not in use', () => {
    expect(brandPack({ voice: [], bannedTerms: [], preferredTerms: [], protectedTerms: [], maxExclamations: null, allowEmoji: true, severityOverrides: {} }).rules).toEqual([]);
  });
});
