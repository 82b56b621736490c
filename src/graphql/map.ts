import type { ApiKey } from '../domain/access/api-key';
import type { Brand } from '../domain/brand/brand';
import type { ToneRules } from '../domain/brand/tone-rules';
import type { Campaign } from '../domain/campaign/campaign';
import type { MasterMessage } from '../domain/campaign/master-message';
import type { ApiKeyType } from './types/api-key.type';
import type { BrandType, ToneRulesType } from './types/brand.type';
import type { CampaignType, MasterMessageType } from './types/campaign.type';

/** Explicit, whitelisted mappings from domain values to GraphQL output objects. */

export function toToneRulesType(r: ToneRules): ToneRulesType {
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

export function toBrandType(b: Brand): BrandType {
  return {
    id: b.id,
    name: b.name,
    defaultLocale: b.defaultLocale,
    toneRules: toToneRulesType(b.toneRules),
    version: b.version,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}

export function toCampaignType(c: Campaign): CampaignType {
  return { id: c.id, name: c.name, brandId: c.brandId, currentVersion: c.currentVersion, createdAt: c.createdAt, updatedAt: c.updatedAt };
}

export function toMasterType(m: MasterMessage): MasterMessageType {
  return {
    version: m.version,
    locale: m.locale,
    headline: m.headline,
    body: m.body,
    callToAction: { text: m.callToAction.text, url: m.callToAction.url },
    keyFacts: [...m.keyFacts],
    createdAt: m.createdAt,
  };
}

export function toApiKeyType(k: ApiKey): ApiKeyType {
  return { id: k.id, name: k.name, role: k.role, brandIds: [...k.brandIds], createdAt: k.createdAt, revokedAt: k.revokedAt };
}
