import type { Store } from './ports/store';
import type { Clock, IdGenerator, Secrets } from './ports/system';

/** What every use case may need; the composition root (src/main.ts) builds it from adapters. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly secrets: Secrets;
}
