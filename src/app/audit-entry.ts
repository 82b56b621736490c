import type { Principal } from '../domain/access/principal';
import type { AuditAction, AuditEntity, AuditEntry } from '../domain/audit/audit-entry';
import type { Deps } from './deps';
/** What a use case says about its change; `auditEntry` adds who, when and an id. */
export interface AuditFacts {
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId: string;
  readonly brandId?: string | null;
  readonly campaignId?: string | null;
  /** Safe facts only: never secrets, keys or full webhook URLs. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The audit entry of a change made by `actor`, for `tx.audit.append(...)` inside the change's transaction.
 * `at` defaults to now; pass the change's own timestamp so both agree.
 */
export function auditEntry(deps: Pick<Deps, 'ids' | 'clock'>, actor: Principal, facts: AuditFacts, at = deps.clock.now()): AuditEntry {
  return {
    id: deps.ids.newId(),
    at,
    action: facts.action,
    entity: facts.entity,
    entityId: facts.entityId,
    brandId: facts.brandId ?? null,
    campaignId: facts.campaignId ?? null,
    actorKeyId: actor.keyId,
    actorName: actor.name,
    details: facts.details ?? {},
  };
}
