import type { Deps } from '../app/deps';
import type { Principal } from '../domain/access/principal';

/** The minimal logger the transport needs (pino's child loggers fit). */
export interface RequestLogger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/** Per-request context: who calls, the use cases' dependencies, and the request's logger. */
export interface HubContext {
  readonly principal: Principal;
  readonly deps: Deps;
  readonly requestId: string;
  readonly log: RequestLogger;
}
