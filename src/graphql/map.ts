import type { ApiKey } from '../domain/access/api-key';
import type { Brand } from '../domain/brand/brand';
import type { ToneRules } from '../domain/brand/tone-rules';
import type { Campaign } from '../domain/campaign/campaign';
import type { MasterMessage } from '../domain/campaign/master-message';
import type { VariantView } from '../app/variants/read-variants';
import { toVariantAiType } from './ai-map';
import type { DriftReport } from '../domain/drift/drift-report';
import type { VariantContent } from '../domain/variant/variant-content';
import type { AuditEntry } from '../domain/audit/audit-entry';
import type { Webhook } from '../domain/webhook/webhook';
import type { TemplateOverride } from '../app/ports/store';
import type { DeliveryRecord } from '../app/ports/webhook-store';
import type { ApiKeyType } from './types/api-key.type';
import type { AuditEntryType } from './types/audit.type';
import type { WebhookDeliveryType, WebhookType } from './types/webhook.type';
import type { DriftReportType } from './types/drift.type';
import type { ChannelTemplateType, VariantType } from './types/variant.type';
import type { BrandType, ToneRulesType } from './types/brand.type';
import type { CampaignType, MasterMessageType } from './types/campaign.type';

/* Explicit, whitelisted mappings from domain values to GraphQL output objects: a field added to an entity is not
 * published until it is mapped here. */

/** Tone rules as the API shows them (severity overrides as a list of code and level). */
function toToneRulesType(r: ToneRules): ToneRulesType {
  return {
    voice: [...r.voice],
    bannedTerms: [...r.bannedTerms],
    preferredTerms: r.preferredTerms.map((p) => ({ use: p.use, insteadOf: [...p.insteadOf] })),
    protectedTerms: [...r.protectedTerms],
    maxExclamations: r.maxExclamations,
    allowEmoji: r.allowEmoji,
    severityOverrides: Object.entries(r.severityOverrides).map(([code, severity]) => ({ code, severity: String(severity) })),
  };
}

/** A brand as the API shows it. */
export function toBrandType(b: Brand): BrandType {
  return {
    id: b.id,
    name: b.name,
    defaultLocale: b.defaultLocale,
    toneRules: toToneRulesType(b.toneRules),
    version: b.version,
    requireDistinctApprover: b.requireDistinctApprover,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}

/** A campaign as the API shows it (its brand, master and variants are resolved by field). */
export function toCampaignType(c: Campaign): CampaignType {
  return { id: c.id, name: c.name, brandId: c.brandId, currentVersion: c.currentVersion, createdAt: c.createdAt, updatedAt: c.updatedAt };
}

/** One master message version as the API shows it. */
export function toMasterType(m: MasterMessage): MasterMessageType {
  let mapped = masterTypes.get(m);
  if (!mapped) {
    mapped = {
      version: m.version,
      locale: m.locale,
      headline: m.headline,
      body: m.body,
      callToAction: { text: m.callToAction.text, url: m.callToAction.url },
      keyFacts: [...m.keyFacts],
      createdAt: m.createdAt,
    };
    masterTypes.set(m, mapped);
  }
  return mapped;
}

/**
 * NOTE: master versions never change and the store's cache hands out the same object for a version, so its
 * mapping is kept with it: reading a campaign's history maps each version once, not once per request.
 */
const masterTypes = new WeakMap<MasterMessage, MasterMessageType>();

/** An API key as the API shows it: never its secret or hash. */
export function toApiKeyType(k: ApiKey): ApiKeyType {
  return { id: k.id, name: k.name, role: k.role, brandIds: [...k.brandIds], createdAt: k.createdAt, revokedAt: k.revokedAt };
}

/** A variant as the API shows it (content whitelisted field by field). */
export function toVariantType(view: VariantView): VariantType {
  const { variant, stale } = view;
  const { head } = variant;
  const c = head.content;
  return {
    id: variant.id,
    campaignId: variant.campaignId,
    channel: variant.channel,
    locale: variant.locale,
    status: head.status,
    source: head.source,
    masterVersion: head.masterVersion,
    stale,
    revision: head.revision,
    updatedAt: head.createdAt,
    reviewComment: head.comment,
    overrideReason: head.overrideReason,
    content: {
      text: c.text ?? null,
      subject: c.subject ?? null,
      preheader: c.preheader ?? null,
      title: c.title ?? null,
      body: c.body ?? null,
      slides: c.slides ? [...c.slides] : null,
      caption: c.caption ?? null,
      html: c.html ?? null,
      slug: c.slug ?? null,
      metaDescription: c.metaDescription ?? null,
    },
    drift: toDriftReportType(head.drift),
    ai: head.ai ? toVariantAiType(head.ai) : null,
  };
}

/** A drift report as the API shows it. */
export function toDriftReportType(r: DriftReport): DriftReportType {
  return {
    drifted: r.drifted,
    score: r.score,
    flags: r.flags.map((f) => ({ code: f.code, severity: f.severity, message: f.message, evidence: f.evidence ?? null, section: f.section ?? null })),
    notes: (r.notes ?? []).map((n) => ({ severity: n.severity, message: n.message })),
  };
}

/** Copy from the API input: absent and null fields are the same (not written). */
export function fromContentInput(input: object): VariantContent {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as VariantContent;
}

/** An audit entry as the API shows it. */
export function toAuditEntryType(e: AuditEntry): AuditEntryType {
  return {
    id: e.id,
    at: e.at,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    brandId: e.brandId,
    campaignId: e.campaignId,
    actorKeyId: e.actorKeyId,
    actorName: e.actorName,
    details: { ...e.details },
  };
}

/** A webhook as the API shows it (never its secret). */
export function toWebhookType(w: Webhook): WebhookType {
  return { id: w.id, url: w.url, events: [...w.events], brandId: w.brandId, createdAt: w.createdAt };
}

/** A delivery and its attempts as the API shows them. */
export function toDeliveryType(r: DeliveryRecord): WebhookDeliveryType {
  const d = r.delivery;
  return {
    id: d.id,
    eventId: d.eventId,
    event: d.event,
    status: d.status,
    nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt : null,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    attempts: r.attempts.map((a) => ({
      attempt: a.attempt,
      at: a.at,
      durationMs: a.durationMs,
      statusCode: a.responseStatus,
      responseExcerpt: a.responseExcerpt,
      error: a.error,
    })),
  };
}

/** A brand's template override as the API shows it. */
export function toChannelTemplateType(t: TemplateOverride): ChannelTemplateType {
  return { channel: t.channel, locale: t.locale, section: t.section, version: t.version, source: t.source, createdAt: t.createdAt };
}
