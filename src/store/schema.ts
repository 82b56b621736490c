import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ToneRules } from '../domain/brand/tone-rules';
import type { DriftReport } from '../domain/drift/drift-report';
import type { AiProvenance } from '../domain/variant/variant';
import type { VariantContent } from '../domain/variant/variant-content';

/**
 * The tables, in drizzle's schema language; `drizzle-kit generate` turns changes into SQL migrations in
 * src/store/migrations (committed, applied at start-up and by `npm run migrate`).
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** A brand and its tone rules (its rule pack, as JSON); `version` rises with every change. */
export const brands = pgTable('brands', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  defaultLocale: text('default_locale').notNull(),
  toneRules: jsonb('tone_rules').$type<ToneRules>().notNull(),
  version: integer('version').notNull().default(1),
  /** Review rule: the approver of a variant must differ from its last editor. */
  requireDistinctApprover: boolean('require_distinct_approver').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A campaign; `currentVersion` is the number of its newest master version (the optimistic lock). */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey(),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id),
    name: text('name').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_brand_idx').on(t.brandId, t.id)],
);

/** Immutable master versions: rows are only ever inserted. */
export const masterVersions = pgTable(
  'master_versions',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    version: integer('version').notNull(),
    locale: text('locale').notNull(),
    headline: text('headline').notNull(),
    body: text('body').notNull(),
    ctaText: text('cta_text').notNull(),
    ctaUrl: text('cta_url').notNull(),
    keyFacts: jsonb('key_facts').$type<string[]>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.version] })],
);

/** API keys: only a SHA-256 of the secret is stored. `brandIds` empty: every brand. */
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  brandIds: uuid('brand_ids')
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
});

/**
 * A channel variant (head row): its identity, its current revision and, for CMS delivery, its latest approved
 * revision. `current_revision` is the optimistic lock of every edit and review decision.
 */
export const variants = pgTable(
  'variants',
  {
    id: uuid('id').primaryKey(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id),
    channel: text('channel').notNull(),
    locale: text('locale').notNull(),
    currentRevision: integer('current_revision').notNull(),
    status: text('status').notNull(),
    approvedRevision: integer('approved_revision'),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('variants_campaign_idx').on(t.campaignId, t.channel, t.id),
    index('variants_delivery_idx').on(t.brandId, t.approvedAt, t.id),
  ],
);

/** Immutable revisions of variants; `drift` is a cache of the report for the inputs named by `drift_key`. */
export const variantRevisions = pgTable(
  'variant_revisions',
  {
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id),
    revision: integer('revision').notNull(),
    status: text('status').notNull(),
    source: text('source').notNull(),
    masterVersion: integer('master_version').notNull(),
    content: jsonb('content').$type<VariantContent>().notNull(),
    templateKey: text('template_key'),
    drift: jsonb('drift').$type<DriftReport>().notNull(),
    driftKey: text('drift_key').notNull(),
    createdBy: uuid('created_by'),
    /** Who last changed the copy (decisions carry it forward): the person an approver must differ from. */
    editedBy: uuid('edited_by'),
    createdAt: createdAt(),
    comment: text('comment'),
    overrideReason: text('override_reason'),
    ai: jsonb('ai').$type<AiProvenance>(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.revision] })],
);

/** Versioned per-brand template overrides of one section of a channel in a locale (handlebars source). */
export const channelTemplates = pgTable(
  'channel_templates',
  {
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id),
    channel: text('channel').notNull(),
    locale: text('locale').notNull(),
    section: text('section').notNull(),
    version: integer('version').notNull(),
    /** The handlebars source; empty: the override was removed (the built-in template applies again). */
    source: text('source').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.brandId, t.channel, t.locale, t.section, t.version] })],
);

/** Append-only audit trail: who did what to which master, variant, rule set, template, key or webhook. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    brandId: uuid('brand_id'),
    campaignId: uuid('campaign_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    actorKeyId: uuid('actor_key_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_campaign_idx').on(t.campaignId, t.id), index('audit_brand_idx').on(t.brandId, t.id)],
);

/** Transactional outbox: events recorded in the same transaction as the change they announce. */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: uuid('id').primaryKey(),
    event: text('event').notNull(),
    brandId: uuid('brand_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('outbox_pending_idx').on(t.dispatchedAt, t.id)],
);

/** Webhook subscriptions. NOTE: the signing secret is kept as is: HMAC signing needs it. */
export const webhooks = pgTable('webhooks', {
  id: uuid('id').primaryKey(),
  url: text('url').notNull(),
  events: text('events').array().notNull(),
  brandId: uuid('brand_id'),
  secret: text('secret').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
});

/** One event to deliver to one webhook, retried with growing delays until it succeeds or gives up. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => outboxEvents.id),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deliveries_webhook_event_idx').on(t.webhookId, t.eventId),
    index('deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

/** Every attempt of a delivery: when, the answer's status and an excerpt, or the error. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    responseStatus: integer('response_status'),
    responseExcerpt: text('response_excerpt'),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.attempt] })],
);

/**
 * AI generations, one per identical request (master version, rules version, channel, locale, model, prompt
 * version): the stored result is reused instead of calling the model again; tokens are kept per attempt.
 */
export const aiGenerations = pgTable(
  'ai_generations',
  {
    id: uuid('id').primaryKey(),
    requestKey: text('request_key').notNull().unique(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    channel: text('channel').notNull(),
    model: text('model').notNull(),
    attempts: jsonb('attempts').$type<Array<Record<string, unknown>>>().notNull(),
    promptTokens: integer('prompt_tokens').notNull(),
    completionTokens: integer('completion_tokens').notNull(),
    content: jsonb('content').$type<VariantContent>(),
    createdAt: createdAt(),
  },
  (t) => [index('ai_generations_campaign_idx').on(t.campaignId)],
);

/** Bulk generation jobs and their progress (the work itself runs on the job queue). */
export const generationJobs = pgTable('generation_jobs', {
  id: uuid('id').primaryKey(),
  brandId: uuid('brand_id').notNull(),
  mode: text('mode').notNull(),
  channels: text('channels').array().notNull(),
  campaignIds: uuid('campaign_ids').array().notNull(),
  status: text('status').notNull(),
  done: integer('done').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  error: text('error'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
