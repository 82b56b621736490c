import type { Channel } from '../channel/channel';
import type { DriftReport } from '../drift/drift-report';
import type { VariantContent } from './variant-content';

export const VARIANT_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED'] as const;
export type VariantStatus = (typeof VARIANT_STATUSES)[number];

export const VARIANT_SOURCES = ['TEMPLATE', 'AI', 'MANUAL'] as const;
export type VariantSource = (typeof VARIANT_SOURCES)[number];

/** What one model answer cost and how the drift engine judged it. */
export interface AiAttempt {
  /** COPY: usable copy (see `errors`/`warnings`); MALFORMED: not the JSON asked for; FAILED: no answer in time. */
  readonly outcome: 'COPY' | 'MALFORMED' | 'FAILED';
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly errors?: number;
  readonly warnings?: number;
  readonly score?: number;
  /** Why the answer was not usable (MALFORMED, FAILED). */
  readonly problem?: string;
}

/**
 * How the model took part in a variant: on AI copy, and on template copy the hub fell back to when the model
 * failed (`fallback` says why). Absent for copy no model touched.
 */
export interface AiProvenance {
  readonly model: string;
  /** Model answers asked for (first answer and repairs); 0 when an earlier identical request's result was reused. */
  readonly attempts: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** The prompt templates' version (a hash of their text). */
  readonly promptVersion?: string;
  /** True when the copy is the stored result of an identical earlier request (no model call). */
  readonly reused?: boolean;
  /** Why the model's copy was not used (the variant is the template's). */
  readonly fallback?: string;
  readonly perAttempt?: readonly AiAttempt[];
}

/**
 * One immutable revision of a variant: every edit and every review decision adds one. `drift` is the report
 * last computed for it, valid for the inputs named by `driftKey` (see driftKeyOf).
 */
export interface VariantRevision {
  readonly revision: number;
  readonly status: VariantStatus;
  readonly source: VariantSource;
  /** The master version the copy was made from. */
  readonly masterVersion: number;
  readonly content: VariantContent;
  /** Identifies the template (and overrides) that rendered TEMPLATE copy, so regeneration can replace it. */
  readonly templateKey: string | null;
  readonly drift: DriftReport;
  readonly driftKey: string;
  /** The API key that made the revision. */
  readonly createdBy: string | null;
  /** The API key that last changed the copy (review decisions carry it forward). */
  readonly editedBy: string | null;
  readonly createdAt: Date;
  /** A reviewer's comment (approve / reject). */
  readonly comment: string | null;
  /** Why a reviewer approved copy with ERROR flags. */
  readonly overrideReason: string | null;
  readonly ai: AiProvenance | null;
}

/** A channel variant of a campaign: its identity and its current (head) revision. */
export interface Variant {
  readonly id: string;
  readonly campaignId: string;
  readonly brandId: string;
  readonly channel: Channel;
  readonly locale: string;
  readonly createdAt: Date;
  readonly head: VariantRevision;
}

/**
 * The inputs a stored drift report depends on besides the copy itself: the master version it was checked
 * against and the brand's rules version. A report whose key differs from the current one is recomputed.
 */
export function driftKeyOf(masterVersion: number, brandVersion: number): string {
  return `m${masterVersion}:b${brandVersion}`;
}

/** True once the campaign's master has a newer version than the one the copy was made from. */
export function isStale(revision: Pick<VariantRevision, 'masterVersion'>, currentMasterVersion: number): boolean {
  return revision.masterVersion < currentMasterVersion;
}
