import { stated } from '../../../src/domain/facts/compare-values';
import { extractValues } from '../../../src/domain/facts/extract-values';

const ctx = { currentYear: 2026 };
const values = (text: string, lang: string) => extractValues(text, lang, ctx);
/** Whether every claim of `copy` is stated by `master`. */
const allStated = (master: string, copy: string, lang: string) =>
  values(copy, lang)
    .filter((v) => v.strength === 'claim')
    .every((v) => stated(v, values(master, lang)));

describe('stated', () => {
  it('should accept a number in digits that the master shows inside a date or a time', () => {
    expect(allStated('Näyttely avataan 12.5. klo 18.', 'Näyttely avataan toukokuun 12. päivänä, ovet 18', 'fi')).toBe(true);
  });

  it('should accept a number word only for an amount of the master', () => {
    expect(allStated('Paketissa on viisi kahvilaatua.', 'Paketissa on 5 kahvilaatua.', 'fi')).toBe(true);
    expect(allStated('Tilaa 4.6. mennessä, paketissa viisi laatua.', 'Paketissa neljä laatua.', 'fi')).toBe(false);
    expect(allStated('Order by 6 May: five blends in a box.', 'Six blends in a box.', 'en')).toBe(false);
  });
});
