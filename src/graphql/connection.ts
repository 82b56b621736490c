import { ValidationError } from '../domain/errors';

const PREFIX = 'c1:';

/** An opaque cursor for an item id (base64url, versioned so the format can change). */
export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

/** The item id inside a cursor, or BAD_USER_INPUT for a cursor we did not issue. */
export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | undefined {
  if (cursor == null || cursor === '') return undefined;
  const raw = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!raw.startsWith(PREFIX)) throw new ValidationError(`${field} is not a cursor this API issued`, field);
  return raw.slice(PREFIX.length);
}

/** A Relay connection of items that have an `id`. */
export function toConnection<T extends { id: string }, N>(page: { items: readonly T[]; hasNextPage: boolean }, map: (item: T) => N) {
  const edges = page.items.map((item) => ({ cursor: encodeCursor(item.id), node: map(item) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** An opaque cursor for an item in a list ordered by time, then id (approvedVariants). */
export function encodeTimeCursor(at: Date, id: string): string {
  return encodeCursor(`${at.getTime()}.${id}`);
}

/** The time and id inside a time cursor, or BAD_USER_INPUT for a cursor we did not issue. */
export function decodeTimeCursor(cursor: string | null | undefined, field = 'after'): { at: Date; id: string } | undefined {
  const raw = decodeCursor(cursor, field);
  if (raw === undefined) return undefined;
  const match = /^(\d{1,15})\.([0-9a-f-]{36})$/.exec(raw);
  if (!match) throw new ValidationError(`${field} is not a cursor this API issued`, field);
  return { at: new Date(Number(match[1])), id: match[2] as string };
}
