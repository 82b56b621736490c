import { ValidationError } from '../errors';
import type { RuleLocation } from './rule-kind';

/** The error every kind throws for a bad option: names the pack, the rule and the field. */
export function invalidOption(where: RuleLocation, field: string, problem: string): ValidationError {
  return new ValidationError(`Pack ${where.pack}, rule ${where.rule}: option ${field} ${problem}`, `${where.pack}.${where.rule}.${field}`, 'PACK.INVALID_RULE', { ...where });
}

function record(options: unknown, where: RuleLocation): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw invalidOption(where, 'options', 'must be an object');
  return options as Record<string, unknown>;
}

/** A list of non-empty strings at `options[field]` (empty list when absent). */
export function stringList(options: unknown, field: string, where: RuleLocation): string[] {
  const value = record(options, where)[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidOption(where, field, 'must be a list of strings');
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') throw invalidOption(where, `${field}[${i}]`, 'must be a non-empty string');
    return item.trim();
  });
}

/** A whole number ≥ 0 at `options[field]`, or `fallback` when absent. */
export function count(options: unknown, field: string, where: RuleLocation, fallback: number): number {
  const value = record(options, where)[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalidOption(where, field, 'must be a whole number ≥ 0');
  return value;
}

/** The object list at `options[field]`, each checked by `item`. */
export function objectList<T>(options: unknown, field: string, where: RuleLocation, item: (value: Record<string, unknown>, path: string) => T): T[] {
  const value = record(options, where)[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidOption(where, field, 'must be a list');
  return value.map((entry, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw invalidOption(where, `${field}[${i}]`, 'must be an object');
    return item(entry as Record<string, unknown>, `${field}[${i}]`);
  });
}
