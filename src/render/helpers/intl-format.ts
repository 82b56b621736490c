/**
 * Locale formatting for templates, by `Intl` (Node ships full ICU: kk, ca and fi included). Templates must not
 * invent numbers, so these only format values that come from the data (a master or a brand setting).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** `1234.5` → `1 234,5` (fi), `1,234.5` (en); `options` as Intl.NumberFormat's (`style: 'currency'`, …). */
export function formatNumber(value: number | string, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw new Error(`formatNumber needs a number, got ${JSON.stringify(value)}`);
  const format = cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
  return format.format(number);
}

/** An ISO date (`2026-03-31`) in the locale's words: `31. maaliskuuta 2026` (fi), `31 марта 2026 г.` (ru). */
export function formatDate(value: string | Date, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = value instanceof Date ? value : new Date(`${value}${/T/u.test(value) ? '' : 'T00:00:00Z'}`);
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate needs an ISO date, got ${JSON.stringify(value)}`);
  const format = cached(dateFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
  return format.format(date);
}
