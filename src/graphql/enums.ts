import { registerEnumType } from 'type-graphql';
import { ROLES } from '../domain/access/principal';
import { AUDIT_ACTIONS } from '../domain/audit/audit-entry';
import { CHANNELS } from '../domain/channel/channel';
import { DRIFT_CODES, SEVERITIES } from '../domain/drift/drift-code';
import { VARIANT_SOURCES, VARIANT_STATUSES } from '../domain/variant/variant';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from '../domain/webhook/webhook';

/** Turns a domain `as const` list into the object form type-graphql registers as a GraphQL enum. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/* The GraphQL enums, each from the domain's list of values (so the schema cannot drift from the domain). */
/** Channel ids (TWEET, EMAIL, BLOG_POST, INSTAGRAM_CAROUSEL). */
export const ChannelEnum = enumOf(CHANNELS);
export const SeverityEnum = enumOf(SEVERITIES);
export const DriftCodeEnum = enumOf(DRIFT_CODES);
export const RoleEnum = enumOf(ROLES);
export const VariantStatusEnum = enumOf(VARIANT_STATUSES);
export const VariantSourceEnum = enumOf(VARIANT_SOURCES);
export const GenerationModeEnum = enumOf(['TEMPLATE', 'AI'] as const);
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
export const WebhookEventEnum = enumOf(WEBHOOK_EVENTS);
export const DeliveryStatusEnum = enumOf(DELIVERY_STATUSES);
/** A brand's severity for a code, or OFF to silence it. */
export const SeverityOverrideLevelEnum = enumOf([...SEVERITIES, 'OFF'] as const);

registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(DriftCodeEnum, { name: 'DriftCode' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(VariantStatusEnum, { name: 'VariantStatus' });
registerEnumType(VariantSourceEnum, { name: 'VariantSource' });
registerEnumType(GenerationModeEnum, { name: 'GenerationMode' });
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
registerEnumType(WebhookEventEnum, { name: 'WebhookEvent' });
registerEnumType(DeliveryStatusEnum, { name: 'WebhookDeliveryStatus', description: 'PENDING until a 2xx answer or until retries run out' });
registerEnumType(SeverityOverrideLevelEnum, {
  name: 'SeverityLevel',
  description: 'A severity, or OFF to turn a drift code off for a brand',
});
