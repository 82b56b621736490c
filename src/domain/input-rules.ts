import { ValidationError } from './errors';

/** Length limits of user text, shared by the domain checks and the GraphQL input decorators. */
export const LIMITS = Object.freeze({
  name: 120,
  headline: 200,
  body: 20_000,
  ctaText: 120,
  url: 2_048,
  keyFact: 200,
  keyFactsMin: 1,
  keyFactsMax: 10,
  term: 100,
  termsMax: 200,
  insteadOfMax: 20,
  maxExclamations: 50,
  comment: 2_000,
  copy: 100_000,
  slides: 100,
});

// Control characters other than tab, newline and carriage return; PostgreSQL cannot store NUL at all.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why `value` is not acceptable user text, or undefined when it is. */
export function textProblem(value: string, max: number, options: { multiline?: boolean } = {}): string | undefined {
  if (!value.isWellFormed()) return 'contains invalid Unicode (a lone surrogate)';
  if (CONTROL.test(value)) return 'contains a control character';
  if (!options.multiline && /[\r\n]/.test(value)) return 'must be a single line';
  if (value.trim().length === 0) return 'must not be empty';
  if ([...value].length > max) return `must be at most ${max} characters`;
  return undefined;
}

/** Why `value` is not acceptable channel copy (may be empty or multi-line), or undefined when it is. */
export function copyProblem(value: string, max: number): string | undefined {
  if (!value.isWellFormed()) return 'contains invalid Unicode (a lone surrogate)';
  if (CONTROL.test(value)) return 'contains a control character';
  if (value.length > max) return `must be at most ${max} characters`;
  return undefined;
}

/** The trimmed text, or a ValidationError naming `field`. */
export function requireText(value: string, field: string, max: number, options: { multiline?: boolean } = {}): string {
  const problem = textProblem(value, max, options);
  if (problem) throw new ValidationError(`${field} ${problem}`, field);
  return value.trim();
}

/** Why `value` is not an acceptable http(s) URL, or undefined when it is. */
export function urlProblem(value: string): string | undefined {
  const problem = textProblem(value, LIMITS.url);
  if (problem) return problem;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must use http or https, not ${url.protocol.replace(':', '')}`;
  if (!url.hostname) return 'must name a host';
  return undefined;
}
