import type { Linguistics } from '../domain/drift/linguistics';
import type { GenerationJobRepository, JobQueue } from './ports/ai-store';
import type { AiServices } from './ports/copy-generator';
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
  /** The optional AI path (its generator answers `settings: null` when AI mode is off). */
  readonly ai: AiServices;
  /** Bulk generation jobs: their progress, and the durable queue that runs them. */
  readonly jobs: { readonly repository: GenerationJobRepository; readonly queue: JobQueue };
}

/** Today as an ISO day (`YYYY-MM-DD`), the date whose channel limits apply. */
export function today(deps: Pick<Deps, 'clock'>): string {
  return deps.clock.now().toISOString().slice(0, 10);
}
