/**
 * Currency signs, codes and words, as whole-word regex fragments (case-insensitive) mapped to ISO codes.
 * `before` forms may also stand in front of the amount (`€49.90`, `$5`); all forms may follow it
 * (`49,90 €`, `49.90 EUR`, `350 ₽`, `350 руб.`, `4 500 ₸`, `4 500 тг`, `99 kr`).
 * NOTE: "kr" is shared by SEK, NOK, DKK and ISK; we keep it as `KR` so 99 kr only equals 99 kr.
 *
 * Source: ISO 4217 codes and the signs and abbreviations used in en, ru, kk, ca and fi, written down by us.
 */
export const CURRENCIES: ReadonlyArray<{ readonly code: string; readonly before: string; readonly after: string }> = [
  { code: 'EUR', before: '€|eur', after: '€|eur|euro\\p{L}*|евро' },
  { code: 'RUB', before: '₽|rub', after: '₽|руб\\.?|рубл\\p{L}*|р\\.|rub|roubles?|rubles?|rouble' },
  { code: 'KZT', before: '₸|kzt', after: '₸|тг|теңге\\p{L}*|тенге|kzt|tenge' },
  { code: 'USD', before: '\\$|usd|us\\$', after: '\\$|usd|dollars?|доллар\\p{L}*|долл\\.?' },
  { code: 'GBP', before: '£|gbp', after: '£|gbp|pounds?' },
  { code: 'KR', before: 'sek|nok|dkk', after: 'kr\\.?|sek|nok|dkk|kronor|kroner|kruunu\\p{L}*' },
];
