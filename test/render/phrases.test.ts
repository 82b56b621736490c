import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asPhrases, fallbackChain, fillPhrase, PhraseBook } from '../../src/render/phrases';

const DIR = join(__dirname, '../../templates/phrases');
const files = new Map(
  readdirSync(DIR).map((f) => [f.replace(/\.json$/u, ''), asPhrases(JSON.parse(readFileSync(join(DIR, f), 'utf8')), f)]),
);
const book = new PhraseBook(files);

describe('phrase files', () => {
  it('should exist for every first-class language', () => {
    expect([...files.keys()].sort()).toEqual(['ca', 'en', 'fi', 'kk', 'ru']);
  });

  it.each([...files.keys()])('should give %s every phrase English has', (locale) => {
    expect(book.missingKeys(locale)).toEqual([]);
  });

  it.each([...files.entries()])('should keep %s phrases calm: no exclamation marks, emoji or digits', (_locale, phrases) => {
    for (const text of Object.values(phrases)) expect(text).not.toMatch(/[!\p{Extended_Pictographic}\p{N}]/u);
  });
});

describe('phrase fallback', () => {
  it('should go from region to language to English', () => {
    expect(fallbackChain('fi-FI')).toEqual(['fi-FI', 'fi', 'en']);
    expect(fallbackChain('kk-Cyrl-KZ')).toEqual(['kk-Cyrl-KZ', 'kk-Cyrl', 'kk', 'en']);
    expect(fallbackChain('EN-gb')).toEqual(['en-GB', 'en']);
    expect(fallbackChain('not a tag')).toEqual(['en']);
  });

  it('should take each key from the most specific file that has it', () => {
    const regional = new PhraseBook(new Map([...files, ['ca-AD', { greeting: 'Bon dia' }]]));
    expect(regional.forLocale('ca-AD')).toMatchObject({ greeting: 'Bon dia', linkInBio: 'enllaç a la bio' });
    expect(regional.forLocale('de')).toEqual(files.get('en'));
  });

  it('should fill placeholders and refuse a missing value', () => {
    expect(fillPhrase('Құрметпен,\n{brand} командасы', { brand: 'Samal Bike' })).toBe('Құрметпен,\nSamal Bike командасы');
    expect(() => fillPhrase('{brand}', {})).toThrow('{brand}');
  });

  it('should reject a file that is not an object of strings', () => {
    expect(() => asPhrases(['a'], 'x.json')).toThrow('x.json');
    expect(() => asPhrases({ a: 1 }, 'x.json')).toThrow('phrase a');
  });
});
