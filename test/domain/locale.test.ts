import { canonicalLocale, primaryLanguage, requireLocale } from '../../src/domain/locale';

describe('BCP 47 locales', () => {
  it.each([
    ['en', 'en'],
    ['EN-us', 'en-US'],
    ['kk', 'kk'],
    ['kk-Cyrl-KZ', 'kk-Cyrl-KZ'],
    ['ca-ES-valencia', 'ca-ES-valencia'],
    ['fi-FI', 'fi-FI'],
    ['ru', 'ru'],
  ])('should accept %s as %s', (tag, canonical) => {
    expect(canonicalLocale(tag)).toBe(canonical);
  });

  it.each(['', 'xx', 'english', 'en_US', 'e', 'en-', '12', 'en US', 'zz-ZZ'])('should refuse %j', (tag) => {
    expect(canonicalLocale(tag)).toBeUndefined();
  });

  it('should take the primary language of a tag', () => {
    expect(primaryLanguage('fi-FI')).toBe('fi');
    expect(primaryLanguage('KK')).toBe('kk');
  });

  it('should require a locale, trimmed and canonical, or refuse it naming the field', () => {
    expect(requireLocale(' fi-fi ', 'locale')).toBe('fi-FI');
    expect(() => requireLocale('english', 'master.locale')).toThrow(expect.objectContaining({ field: 'master.locale', code: 'INPUT.INVALID' }));
  });
});
