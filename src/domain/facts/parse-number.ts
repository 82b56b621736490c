/**
 * Regular-expression source of a written number: `1 000`, `120 000,50` (space, NBSP or narrow NBSP
 * grouping, replaced by plain spaces before matching), `1,000.50`, `1.000,50`, `9,99`, `9.99`, `40`.
 * NOTE: each repetition starts with a separator, so the pattern cannot backtrack catastrophically.
 */
export const NUMBER_SOURCE = '(?:\\d{1,3}(?: \\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*)';

/** Languages that group thousands with a dot (`1.000`) and so read `1.000` as a thousand. */
const DOT_GROUPING = new Set(['ca', 'es', 'de', 'it', 'pt', 'nl', 'da', 'id', 'tr']);

function groupsAreThousands(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && first.length <= 3 && rest.every((g) => g.length === 3);
}

function parseSingleSeparator(body: string, sep: '.' | ',', lang: string): number {
  const groups = body.split(sep);
  if (groups.length > 2) return groupsAreThousands(groups) ? Number(groups.join('')) : Number.NaN;
  const [whole = '', fraction = ''] = groups;
  const thousands = fraction.length === 3 && whole.length <= 3 && (sep === ',' ? lang === 'en' : DOT_GROUPING.has(lang));
  return thousands ? Number(whole + fraction) : Number(`${whole}.${fraction}`);
}

/**
 * The value of a written number in the conventions of `lang`; NaN when the digits do not form one
 * number (`1.1.1.1`). With both `.` and `,` the last is the decimal mark; a single `,` or `.` followed by
 * exactly three digits groups thousands where the language writes it so (en `1,000`, ca `1.000`).
 */
export function parseLocaleNumber(written: string, lang: string): number {
  const body = written.replace(/ /g, '');
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (!hasDot && !hasComma) return Number(body);
  if (hasDot && hasComma) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = ''] = body.split(decimal);
    if (body.split(decimal).length !== 2 || !groupsAreThousands(whole.split(grouping))) return Number.NaN;
    return Number(`${whole.split(grouping).join('')}.${fraction}`);
  }
  return parseSingleSeparator(body, hasDot ? '.' : ',', lang);
}
