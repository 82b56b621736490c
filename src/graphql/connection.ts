import { ValidationError } from '../domain/errors';

const PREFIX = 'c1:';
/** Every id the API issues is a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The last millisecond of year 9999, the latest time PostgreSQL's timestamptz takes. */
const MAX_TIME = 253_402_300_799_999;

const notOurs = (field: string) => new ValidationError(`${field} is not a cursor this API issued`, field);

/** An opaque cursor for an item id (base64url, versioned so the format can change). */
export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

/** What a cursor holds, or BAD_USER_INPUT for one we did not issue. */
function decodeRaw(cursor: string, field: string): string {
  const raw = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!raw.startsWith(PREFIX)) throw notOurs(field);
  return raw.slice(PREFIX.length);
}

/**
 * The item id inside a cursor, or BAD_USER_INPUT for a cursor we did not issue (also a forged one whose id
 * is no UUID: the store would fail on it or silently start again at the first page).
 */
export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | undefined {
  if (cursor == null || cursor === '') return undefined;
  const id = decodeRaw(cursor, field);
  if (!UUID.test(id)) throw notOurs(field);
  return id;
}

/** A Relay connection of items; each edge's cursor is `cursorOf` the item (default: its id). */
export function toConnection<T, N>(
  page: { items: readonly T[]; hasNextPage: boolean },
  map: (item: T) => N,
  cursorOf: (item: T) => string = (item) => encodeCursor((item as { id: string }).id),
) {
  const edges = page.items.map((item) => ({ cursor: cursorOf(item), node: map(item) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** An opaque cursor for an item in a list ordered by time, then id (approvedVariants). */
export function encodeTimeCursor(at: Date, id: string): string {
  return encodeCursor(`${at.getTime()}.${id}`);
}

/** The time and id inside a time cursor, or BAD_USER_INPUT for a cursor we did not issue. */
export function decodeTimeCursor(cursor: string | null | undefined, field = 'after'): { at: Date; id: string } | undefined {
  if (cursor == null || cursor === '') return undefined;
  const match = /^(\d{1,15})\.(.*)$/.exec(decodeRaw(cursor, field));
  const at = Number(match?.[1]);
  const id = match?.[2] ?? '';
  if (!match || at > MAX_TIME || !UUID.test(id)) throw notOurs(field);
  return { at: new Date(at), id };
}
