import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import './enums';
import { AiUsageResolver } from './resolvers/ai-usage.resolver';
import { ApiKeyResolver } from './resolvers/api-key.resolver';
import { AuditResolver } from './resolvers/audit.resolver';
import { BrandResolver } from './resolvers/brand.resolver';
import { CampaignResolver } from './resolvers/campaign.resolver';
import { DriftResolver } from './resolvers/drift.resolver';
import { GenerationJobResolver } from './resolvers/generation-job.resolver';
import { VariantResolver } from './resolvers/variant.resolver';
import { WebhookResolver } from './resolvers/webhook.resolver';

/** Every resolver class of the API. */
const RESOLVERS = [
  BrandResolver,
  CampaignResolver,
  VariantResolver,
  DriftResolver,
  ApiKeyResolver,
  AuditResolver,
  WebhookResolver,
  GenerationJobResolver,
  AiUsageResolver,
] as const;

let cached: GraphQLSchema | undefined;

/** The executable schema (built once per process; `validate: true` runs class-validator on every input). */
export function buildHubSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real API changes only. */
export function printHubSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildHubSchema()))}\n`;
}
