import type { Linguistics } from '../domain/drift/linguistics';
import type { Renderer } from './ports/renderer';
import type { Store } from './ports/store';
import type { Clock, IdGenerator, Secrets } from './ports/system';

/** What every use case may need; the composition root (src/hub.ts) builds it from adapters. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly secrets: Secrets;
  /** Stemming, language identification and tweet length for the drift engine. */
  readonly linguistics: Linguistics;
  /** Channel templates. */
  readonly renderer: Renderer;
  /** Host patterns webhook URLs must match (HUB_WEBHOOK_ALLOWED_HOSTS); empty: any host. */
  readonly webhookAllowedHosts: readonly string[];
}

/** Today as an ISO day (`YYYY-MM-DD`), the date whose channel limits apply. */
export function today(deps: Pick<Deps, 'clock'>): string {
  return deps.clock.now().toISOString().slice(0, 10);
}
