import type { Channel } from '../channel/channel';
import type { DriftReport } from '../drift/drift-report';
import type { VariantContent } from './variant-content';

export const VARIANT_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED'] as const;
export type VariantStatus = (typeof VARIANT_STATUSES)[number];

export const VARIANT_SOURCES = ['TEMPLATE', 'AI', 'MANUAL'] as const;
export type VariantSource = (typeof VARIANT_SOURCES)[number];

/** How an AI variant was made (absent for template and manual copy). */
export interface AiProvenance {
  readonly model: string;
  readonly attempts: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
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
