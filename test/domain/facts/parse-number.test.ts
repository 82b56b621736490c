import { parseLocaleNumber } from '../../../src/domain/facts/parse-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['1 000', 'fi', 1000],
    ['120 000,50', 'ru', 120000.5],
    ['1,000', 'en', 1000],
    ['1,000.50', 'en', 1000.5],
    ['1.000,50', 'ca', 1000.5],
    ['1.000', 'ca', 1000],
    ['9,99', 'fi', 9.99],
    ['9.99', 'en', 9.99],
    ['1,000', 'fi', 1],
    ['1.500', 'ru', 1.5],
    ['1,000,000', 'en', 1000000],
    ['40', 'kk', 40],
  ])('should read %s in %s as %d', (written, lang, value) => {
    expect(parseLocaleNumber(written, lang)).toBeCloseTo(value, 6);
  });

  it.each(['1.1.1.1', '1,2,3', '1.000.00,5', '12.345,6,7'])('should refuse %s, which is no single number', (written) => {
    expect(parseLocaleNumber(written, 'en')).toBeNaN();
  });
});
