import { ValidationError } from '../domain/errors';
import type { PageRequest } from './ports/store';

/** The most items one page may hold. */
const MAX_PAGE_SIZE = 100;

/** A validated page request: `first` from 0 to MAX_PAGE_SIZE. */
export function pageRequest(first: number, afterId?: string): PageRequest {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new ValidationError(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}`, 'first');
  }
  return { first, afterId };
}
