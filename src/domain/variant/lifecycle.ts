import { InvalidStateError, ValidationError, VersionConflictError } from '../errors';
import type { DriftReport } from '../drift/drift-report';
import { codesOf } from '../drift/score';
import type { VariantRevision, VariantStatus } from './variant';

/**
 * The review lifecycle: DRAFT → IN_REVIEW (submit) → APPROVED or REJECTED (approve / reject). Editing puts any
 * variant back to DRAFT as a new revision; nothing is ever overwritten.
 */

/** Throws VERSION_CONFLICT unless the caller acted on the variant's current revision. */
export function requireRevision(head: VariantRevision, expectedRevision: number): void {
  if (head.revision !== expectedRevision) throw new VersionConflictError('Variant', expectedRevision, head.revision);
}

function requireStatus(head: VariantRevision, allowed: readonly VariantStatus[], action: string): void {
  if (!allowed.includes(head.status)) {
    throw new InvalidStateError(`Cannot ${action} a variant that is ${head.status}; it must be ${allowed.join(' or ')}`, 'VARIANT.WRONG_STATUS', {
      status: head.status,
      allowed,
    });
  }
}

/** The status after submitting for review. */
export function submitted(head: VariantRevision): VariantStatus {
  requireStatus(head, ['DRAFT'], 'submit for review');
  return 'IN_REVIEW';
}

/** True when the report holds an ERROR flag (approving then needs an override reason). */
export function hasErrors(report: DriftReport): boolean {
  return report.flags.some((f) => f.severity === 'ERROR');
}

/**
 * The status after approval. A variant with ERROR flags needs an `overrideReason`; with a rule that the
 * approver must differ from the last editor, approving one's own edit is refused.
 */
export function approved(head: VariantRevision, overrideReason: string | null, approverKeyId: string, lastEditorKeyId: string | null, fourEyes: boolean): VariantStatus {
  requireStatus(head, ['IN_REVIEW'], 'approve');
  if (hasErrors(head.drift) && !overrideReason?.trim()) {
    const codes = codesOf(head.drift, (f) => f.severity === 'ERROR');
    throw new ValidationError(`The variant has ERROR flags (${codes.join(', ')}); approving it needs an overrideReason`, 'overrideReason', 'VARIANT.OVERRIDE_REQUIRED', { codes });
  }
  if (fourEyes && lastEditorKeyId !== null && lastEditorKeyId === approverKeyId) {
    throw new InvalidStateError('This brand requires a different person to approve than the last editor', 'VARIANT.SAME_APPROVER');
  }
  return 'APPROVED';
}

/** The status after rejection. */
export function rejected(head: VariantRevision): VariantStatus {
  requireStatus(head, ['IN_REVIEW'], 'reject');
  return 'REJECTED';
}
