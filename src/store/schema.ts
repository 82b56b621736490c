import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ToneRules } from '../domain/brand/tone-rules';

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
