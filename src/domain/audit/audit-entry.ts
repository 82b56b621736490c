/**
 * The audit trail: an append-only record of who did what to which brand, rule set, campaign, master, variant,
 * template, key or webhook, and when. Entries are written in the same transaction as the change they record,
 * so a change without its entry (or an entry without its change) cannot exist.
 */

/** What happened. */
export const AUDIT_ACTIONS = [
  'BRAND_CREATED',
  'TONE_RULES_UPDATED',
  'BRAND_SETTINGS_UPDATED',
  'CAMPAIGN_CREATED',
  'MASTER_UPDATED',
  'VARIANT_GENERATED',
  'VARIANT_EDITED',
  'VARIANT_SUBMITTED',
  'VARIANT_APPROVED',
  'VARIANT_REJECTED',
  'TEMPLATE_OVERRIDE_SET',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'WEBHOOK_CREATED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kind of thing an entry is about. */
export type AuditEntity = 'Brand' | 'Campaign' | 'Variant' | 'ChannelTemplate' | 'ApiKey' | 'Webhook';

/**
 * One entry. `details` holds safe facts only (versions, revisions, comments, override reasons, roles, a
 * webhook's host): never a secret, never a key, never a URL's credentials or query string.
 */
export interface AuditEntry {
  readonly id: string;
  readonly at: Date;
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId: string;
  /** The brand the entity belongs to (null for keys and for webhooks of every brand). */
  readonly brandId: string | null;
  /** The campaign the entity belongs to, for campaign, master and variant entries. */
  readonly campaignId: string | null;
  /** The API key that acted (its id and name at the time). */
  readonly actorKeyId: string | null;
  readonly actorName: string;
  readonly details: Readonly<Record<string, unknown>>;
}
