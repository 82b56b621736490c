/** A slice of a list ordered by id (ids are time-ordered UUIDv7, so this is creation order). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
}

/** Which slice: up to `first` items after the item with id `afterId`. */
export interface PageRequest {
  readonly first: number;
  readonly afterId?: string;
}
