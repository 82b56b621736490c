import type { FactValue, ValueStrength } from './fact-value';
import type { ValuePatterns } from './value-patterns';

/** What a recognizer reads from one regex match: the values it states (a range states two). */
export interface Recognized {
  readonly values: readonly FactValue[];
  readonly strength?: ValueStrength;
  /** The number is written as a word (see FoundValue.spelled). */
  readonly spelled?: boolean;
  /**
   * How long the value's text is from the match start, when the reader looked further than the pattern
   * ("45 мың" + "теңге"): the span taken and quoted. The match's own length otherwise.
   */
  readonly length?: number;
  /** Values the text implies without writing them ("9–18 October" lasts 10 days): weak, never claims. */
  readonly implied?: readonly FactValue[];
}

/** Facts about the check that change how values read (the current year is no claim). */
export interface ExtractionContext {
  readonly currentYear: number;
}

/**
 * One way values are written, as a regex over normalised text and a reader for its matches. The reader
 * returns undefined when the match is no value after all (month 13, hour 25), leaving the text to later
 * recognizers.
 */
export interface Recognizer {
  readonly name: string;
  /**
   * What the text must contain for the recognizer to find anything: a digit, or a number word of the
   * language, or a half added to a unit ("and a half"). NOTE: a cheap pre-check; skipping a pattern that
   * cannot match keeps tweets fast.
   */
  readonly requires?: 'digit' | 'number-word' | 'half';
  /**
   * A character the match must not follow (tested on the one character before it), e.g. a letter or a
   * digit. NOTE: checked in code rather than as a leading regex look-behind, which stops the regex engine
   * from skipping quickly to candidate positions (a 5–10× slowdown measured on tweets).
   */
  readonly notAfter?: RegExp;
  pattern(p: ValuePatterns): RegExp;
  read(m: RegExpExecArray, p: ValuePatterns, ctx: ExtractionContext): Recognized | undefined;
}

/** Builds a global, case-insensitive, Unicode regex, cached per language by the caller. */
export function re(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** A whole number from a capture group, or NaN when the group did not take part. */
export function int(group: string | undefined): number {
  return group === undefined ? Number.NaN : Number.parseInt(group, 10);
}

/** A day of month and month that exist on some year's calendar. */
export function validDayMonth(day: number, month: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= (days[month - 1] ?? 0);
}

/** A four-digit or two-digit year as a full year (`26` → 2026), or undefined. */
export function fullYear(group: string | undefined): number | undefined {
  if (group === undefined) return undefined;
  const y = int(group);
  return group.length === 2 ? 2000 + y : y;
}

/** Languages that write decimals with a point ("2.5"); the others write a comma, so "2.5." and "21.00" are no decimals there. */
const DECIMAL_POINT = new Set(['en', 'ja', 'zh', 'ko', 'th', 'he', 'ga', 'mt']);

/** True when `lang` writes decimals with a point. */
export function usesDecimalPoint(lang: string): boolean {
  return DECIMAL_POINT.has(lang);
}
