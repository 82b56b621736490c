import type { Principal } from '../../domain/access/principal';
import type { AuditAction } from '../../domain/audit/audit-entry';
import { codesOf } from '../../domain/drift/score';
import { approved, hasErrors, rejected, requireRevision, submitted } from '../../domain/variant/lifecycle';
import { isStale, type Variant, type VariantRevision, type VariantStatus } from '../../domain/variant/variant';
import { LIMITS, requireText } from '../../domain/input-rules';
import { auditEntry } from '../audit-entry';
import type { Deps } from '../deps';
import { outboxEvent } from '../outbox';
import type { Repositories } from '../ports/store';
import { revisionConflict } from './conflict';
import type { VariantView } from './read-variants';
import { withFreshReport } from './variant-report';
import { loadVariant, type VariantScope } from './variant-scope';

/** Input of a review decision. */
export interface ReviewDecision {
  readonly variantId: string;
  readonly expectedRevision: number;
  readonly comment?: string | null;
  /** Required to approve a variant with ERROR flags. */
  readonly overrideReason?: string | null;
}

function optionalText(value: string | null | undefined, field: string): string | null {
  return value == null || value.trim() === '' ? null : requireText(value, field, LIMITS.comment, { multiline: true });
}

const ACTIONS: Readonly<Partial<Record<VariantStatus, AuditAction>>> = { IN_REVIEW: 'VARIANT_SUBMITTED', APPROVED: 'VARIANT_APPROVED', REJECTED: 'VARIANT_REJECTED' };

/** Inside the decision's transaction: its audit entry and, for an approval, the VARIANT_APPROVED event. */
async function recordDecision(deps: Deps, actor: Principal, tx: Repositories, before: Variant, after: Variant): Promise<void> {
  const { head } = after;
  const action = ACTIONS[head.status];
  if (!action) return;
  const base = { campaignId: after.campaignId, brandId: after.brandId };
  const errorCodes = codesOf(before.head.drift, (f) => f.severity === 'ERROR');
  const details = {
    revision: head.revision,
    status: head.status,
    channel: after.channel,
    locale: after.locale,
    ...(head.comment ? { comment: head.comment } : {}),
    ...(head.status === 'APPROVED' ? { overrideReason: head.overrideReason, errorCodes } : {}),
  };
  await tx.audit.append(auditEntry(deps, actor, { action, entity: 'Variant', entityId: after.id, ...base, details }, head.createdAt));
  if (head.status !== 'APPROVED') return;
  const data = { ...base, variantId: after.id, channel: after.channel, locale: after.locale, revision: head.revision, masterVersion: head.masterVersion, approvedAt: head.createdAt.toISOString(), overridden: hasErrors(before.head.drift) };
  await tx.outbox.add(outboxEvent(deps, 'VARIANT_APPROVED', after.brandId, data, head.createdAt));
}

/** Appends a revision that only changes the status (and records who decided, and why), audited. */
async function decide(deps: Deps, actor: Principal, scope: VariantScope, status: VariantStatus, extra: Partial<VariantRevision>): Promise<VariantView> {
  const { variant } = scope;
  const revision: VariantRevision = {
    ...variant.head,
    revision: variant.head.revision + 1,
    status,
    createdBy: actor.keyId,
    createdAt: deps.clock.now(),
    comment: null,
    overrideReason: null,
    ...extra,
  };
  const updated = await deps.store.transaction(async (tx) => {
    const result = await tx.variants.appendRevision(variant.id, variant.head.revision, revision);
    if (result) await recordDecision(deps, actor, tx, variant, result);
    return result;
  });
  if (!updated) throw await revisionConflict(deps, variant.id, variant.head.revision);
  return { variant: updated, stale: isStale(updated.head, scope.master.version) };
}

/** DRAFT → IN_REVIEW (editors and admins). */
export async function submitForReview(deps: Deps, actor: Principal, variantId: string): Promise<VariantView> {
  const scope = await loadVariant(deps, actor, variantId, 'variant.write');
  const fresh = await withFreshReport(deps, scope.variant, scope.master, scope.brand);
  return decide(deps, actor, { ...scope, variant: fresh }, submitted(fresh.head), {});
}

/**
 * IN_REVIEW → APPROVED (reviewers and admins). ERROR flags need an override reason, which is recorded;
 * a brand may require the approver to differ from the last editor.
 */
export async function approveVariant(deps: Deps, actor: Principal, input: ReviewDecision): Promise<VariantView> {
  const scope = await loadVariant(deps, actor, input.variantId, 'variant.review');
  requireRevision(scope.variant.head, input.expectedRevision);
  const fresh = await withFreshReport(deps, scope.variant, scope.master, scope.brand);
  const overrideReason = optionalText(input.overrideReason, 'overrideReason');
  const status = approved(fresh.head, overrideReason, actor.keyId, fresh.head.editedBy, scope.brand.requireDistinctApprover);
  return decide(deps, actor, { ...scope, variant: fresh }, status, { comment: optionalText(input.comment, 'comment'), overrideReason });
}

/** IN_REVIEW → REJECTED (reviewers and admins), with an optional comment. */
export async function rejectVariant(deps: Deps, actor: Principal, input: ReviewDecision): Promise<VariantView> {
  const scope = await loadVariant(deps, actor, input.variantId, 'variant.review');
  requireRevision(scope.variant.head, input.expectedRevision);
  const status = rejected(scope.variant.head);
  return decide(deps, actor, scope, status, { comment: optionalText(input.comment, 'comment') });
}
