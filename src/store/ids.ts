import { validate as isUuid } from 'uuid';

/** True when `id` can be a key of ours; anything else is simply not found (never a database error). */
export function isValidId(id: string): boolean {
  return isUuid(id);
}
