import { type ValidationOptions, ValidateBy } from 'class-validator';
import { canonicalLocale, localeProblem } from '../domain/locale';
import { copyProblem, textProblem, urlProblem } from '../domain/input-rules';

/**
 * class-validator decorators that delegate to the domain's own checks, so the GraphQL layer reports a bad
 * field early and by name while the domain stays the single source of each rule.
 */

/** Clean user text: well-formed Unicode, no control characters, not blank, at most `max` characters. */
export function IsCleanText(max: number, options: { multiline?: boolean } = {}, validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCleanText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && textProblem(value, max, options) === undefined,
        defaultMessage: (args) => `${args?.property} ${typeof args?.value === 'string' ? textProblem(args.value, max, options) : 'must be text'}`,
      },
    },
    validationOptions,
  );
}

/** A real BCP 47 language tag (`en`, `fi-FI`, `kk`). */
export function IsLocaleTag(validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLocaleTag',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalLocale(value.trim()) !== undefined,
        defaultMessage: (args) => localeProblem(args?.property ?? 'value'),
      },
    },
    validationOptions,
  );
}

/** An absolute http(s) URL (a `javascript:` or `data:` URL is refused). */
export function IsHttpUrl(validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && urlProblem(value) === undefined,
        defaultMessage: (args) => `${args?.property} ${typeof args?.value === 'string' ? urlProblem(args.value) : 'must be a URL'}`,
      },
    },
    validationOptions,
  );
}

/** Channel copy: well-formed Unicode without control characters, at most `max` characters (may be empty). */
export function IsCopyText(max: number, validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCopyText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && copyProblem(value, max) === undefined,
        defaultMessage: (args) => `${args?.property} ${typeof args?.value === 'string' ? copyProblem(args.value, max) : 'must be text'}`,
      },
    },
    validationOptions,
  );
}
