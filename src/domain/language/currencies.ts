/**
 * Currency signs, codes and words, as whole-word regex fragments (case-insensitive) mapped to ISO codes.
 * `before` forms may also stand in front of the amount (`€49.90`, `$5`); all forms may follow it
 * (`49,90 €`, `49.90 EUR`, `350 ₽`, `350 руб.`, `4 500 ₸`, `4 500 тг`, `99 kr`).
 * NOTE: "kr" is shared by SEK, NOK, DKK and ISK; we keep it as `KR` so 99 kr only equals 99 kr. "$" alone is
 * USD (other dollars write their prefix: C$, A$). Codes that are English words (TRY, ALL) are left out: "Try 5
 * classes" is no price.
 *
 * Source: ISO 4217 codes, the Unicode currency signs (Sc) and the names and abbreviations used in en, ru, kk,
 * ca and fi for the currencies of Europe, the CIS and the largest other markets, written down by us.
 */
export const CURRENCIES: ReadonlyArray<{ readonly code: string; readonly before: string; readonly after: string }> = [
  { code: 'EUR', before: '€|eur', after: '€|eur|euro\\p{L}*|евро|еуро' },
  { code: 'RUB', before: '₽|rub', after: '₽|руб\\.?|рубл\\p{L}*|р\\.|rub|roubles?|rubles?|rouble|ruplaa?' },
  { code: 'KZT', before: '₸|kzt', after: '₸|тг|теңге\\p{L}*|тенге|kzt|tenge' },
  { code: 'USD', before: '\\$|usd|us\\$', after: '\\$|usd|dollars?|dòlars?|dollari\\p{L}*|доллар\\p{L}*|долл\\.?' },
  { code: 'CAD', before: 'cad|ca\\$|c\\$', after: 'cad|canadian dollars?' },
  { code: 'AUD', before: 'aud|au\\$|a\\$', after: 'aud|australian dollars?' },
  { code: 'GBP', before: '£|gbp', after: '£|gbp|pounds?|фунт\\p{L}*|punta\\p{L}*|lliures?' },
  { code: 'KR', before: 'sek|nok|dkk', after: 'kr\\.?|sek|nok|dkk|kronor|kroner|kruunu\\p{L}*|крон\\p{L}*' },
  { code: 'CHF', before: 'chf', after: 'chf|swiss francs?|francs? suïssos|франк\\p{L}*' },
  { code: 'PLN', before: 'pln', after: 'zł|pln|złot\\p{L}*|zlot\\p{L}*|злот\\p{L}*' },
  { code: 'UAH', before: '₴|uah', after: '₴|uah|грн\\.?|гривн\\p{L}*|hryvnias?' },
  { code: 'BYN', before: 'byn', after: 'byn|бел\\. руб\\.' },
  { code: 'KGS', before: 'kgs', after: 'kgs' },
  { code: 'UZS', before: 'uzs', after: 'uzs|сум|so[ʻ\'’]m' },
  { code: 'GEL', before: '₾|gel', after: '₾|gel|lari' },
  { code: 'AMD', before: '֏|amd', after: '֏|amd|драм\\p{L}*' },
  { code: 'AZN', before: '₼|azn', after: '₼|azn|манат\\p{L}*' },
  { code: 'TRY', before: '₺', after: '₺|lira|лир\\p{L}*' },
  { code: 'JPY', before: '¥|jpy', after: '¥|jpy|yen|иен\\p{L}*|円' },
  { code: 'CNY', before: 'cny|rmb', after: 'cny|rmb|yuan|юан\\p{L}*|元' },
  { code: 'INR', before: '₹|inr', after: '₹|inr|rupees?|рупи\\p{L}*' },
  { code: 'KRW', before: '₩|krw', after: '₩|krw' },
  { code: 'ILS', before: '₪|ils', after: '₪|ils|shekels?|шекел\\p{L}*' },
];
