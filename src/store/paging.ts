import type { Page, PageRequest } from '../app/ports/store';

/** Query one more row than asked, to know whether a next page exists. */
export function limitFor(page: PageRequest): number {
  return page.first + 1;
}

/** Turns `first + 1` fetched rows into a page. */
export function toPage<T>(rows: readonly T[], page: PageRequest): Page<T> {
  return { items: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
