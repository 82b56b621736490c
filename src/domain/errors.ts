/**
 * Expected failures of the domain, each with a stable namespaced `code` (e.g. `MASTER.VERSION_CONFLICT`).
 * The GraphQL adapter maps each subclass to the public `extensions.code` of the contract; anything that is
 * not a DomainError is a bug and gets masked.
 *
 * NOTE: errors carry no request context (user, request id): the transport adds that when it logs.
 */
export abstract class DomainError extends Error {
  /** Stable, namespaced reason, e.g. `CAMPAIGN.NOT_FOUND`. */
  abstract readonly code: string;
  /** Safe, structured details for clients (never secrets, never internals). */
  readonly details: Readonly<Record<string, unknown>>;

  protected constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** The namespace of an entity's reasons: `ApiKey` → `API_KEY`. */
function namespaceOf(entity: string): string {
  return entity.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Input that breaks a rule of the domain; `field` names the offending input path. */
export class ValidationError extends DomainError {
  readonly code: string;
  constructor(message: string, readonly field?: string, code = 'INPUT.INVALID', details: Record<string, unknown> = {}) {
    super(message, field ? { field, ...details } : details);
    this.code = code;
  }
}

/** An entity that does not exist, or that the caller may not see (we answer the same, to leak nothing). */
export class NotFoundError extends DomainError {
  readonly code: string;
  constructor(entity: string, id: string) {
    super(`${entity} ${JSON.stringify(id)} was not found`, { entity, id });
    this.code = `${namespaceOf(entity)}.NOT_FOUND`;
  }
}

/** Optimistic concurrency: somebody else changed the entity since the caller read it. */
export class VersionConflictError extends DomainError {
  readonly code: string;
  constructor(entity: string, expected: number, actual: number) {
    super(
      `${entity} is at version ${actual}, not ${expected}: someone else changed it first. Reload and apply your edit again.`,
      { entity, expectedVersion: expected, currentVersion: actual },
    );
    this.code = `${namespaceOf(entity)}.VERSION_CONFLICT`;
  }
}

/** The caller presented no valid credentials. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'AUTH.UNAUTHENTICATED';
  constructor(message = 'A valid API key is required: send "Authorization: Bearer <key>"') {
    super(message);
  }
}

/** The caller is known but its role does not allow the operation. */
export class ForbiddenError extends DomainError {
  readonly code = 'AUTH.FORBIDDEN';
  constructor(action: string, role: string, message = `Role ${role} may not ${action}`) {
    super(message, { action, role });
  }
}

/** An operation that is valid in general but not in the entity's current state (e.g. approving a draft). */
export class InvalidStateError extends DomainError {
  readonly code: string;
  constructor(message: string, code = 'STATE.INVALID', details: Record<string, unknown> = {}) {
    super(message, details);
    this.code = code;
  }
}

/** A request that exceeds a documented size limit. */
export class LimitExceededError extends DomainError {
  readonly code = 'INPUT.TOO_LARGE';
  constructor(message: string, readonly field: string, limit: number) {
    super(message, { field, limit });
  }
}

/** AI generation was asked for but no model is configured. */
export class AiDisabledError extends DomainError {
  readonly code = 'AI.DISABLED';
  constructor() {
    super('AI generation is disabled: set OPENAI_API_KEY or OPENAI_BASE_URL to enable it. TEMPLATE mode works without a model.');
  }
}
