import type { Principal } from '../../domain/access/principal';
import { channelSpec } from '../../domain/channel';
import { ValidationError } from '../../domain/errors';
import { requireRevision } from '../../domain/variant/lifecycle';
import { driftKeyOf, type VariantRevision } from '../../domain/variant/variant';
import type { VariantContent, VariantContentField } from '../../domain/variant/variant-content';
import { auditEntry } from '../audit-entry';
import type { Deps } from '../deps';
import { revisionConflict } from './conflict';
import type { VariantView } from './read-variants';
import { loadVariant } from './variant-scope';
import { renderForBrand } from './render-for-brand';
import { reportFor } from './variant-report';

/** Input of updateVariant: the whole new copy of the channel's sections. */
export interface VariantEdit {
  readonly variantId: string;
  readonly expectedRevision: number;
  readonly content: Partial<Record<VariantContentField, string | readonly string[] | null>>;
}

/** The edited copy, keeping only the fields of the channel; a field of another channel is a mistake worth naming. */
function channelContent(channel: Parameters<typeof channelSpec>[0], content: VariantEdit['content']): VariantContent {
  const spec = channelSpec(channel);
  const own = new Set<string>(spec.sections.map((s) => s.name));
  const out: Record<string, string | readonly string[]> = {};
  for (const [field, value] of Object.entries(content)) {
    if (value === null || value === undefined) continue;
    if (!own.has(field)) {
      throw new ValidationError(`content.${field} is not a field of ${channel}; it has ${[...own].join(', ')}`, `content.${field}`);
    }
    out[field] = value;
  }
  return out as VariantContent;
}

/**
 * A manual edit: a new DRAFT revision with source MANUAL (whatever the status was: editing approved or
 * rejected copy starts a new draft), HTML re-rendered from the edited copy, and the drift check run again.
 */
export async function updateVariant(deps: Deps, actor: Principal, input: VariantEdit): Promise<VariantView> {
  const { variant, brand, master } = await loadVariant(deps, actor, input.variantId, 'variant.write');
  requireRevision(variant.head, input.expectedRevision);
  const written = channelContent(variant.channel, input.content);
  const { rendered } = await renderForBrand(deps, brand, master, variant.channel, written);
  const content: VariantContent = { ...rendered.content, ...written };
  const report = reportFor(deps, { channel: variant.channel, content, masterVersion: master.version }, master, brand);
  const revision: VariantRevision = {
    revision: variant.head.revision + 1,
    status: 'DRAFT',
    source: 'MANUAL',
    masterVersion: master.version,
    content,
    templateKey: null,
    drift: report,
    driftKey: driftKeyOf(master.version, brand.version),
    createdBy: actor.keyId,
    editedBy: actor.keyId,
    createdAt: deps.clock.now(),
    comment: null,
    overrideReason: null,
    ai: null,
  };
  const updated = await deps.store.transaction(async (tx) => {
    const result = await tx.variants.appendRevision(variant.id, input.expectedRevision, revision);
    const details = { revision: revision.revision, previousStatus: variant.head.status, channel: variant.channel, locale: variant.locale, fields: Object.keys(written) };
    const facts = { action: 'VARIANT_EDITED', entity: 'Variant', entityId: variant.id, brandId: variant.brandId, campaignId: variant.campaignId, details } as const;
    if (result) await tx.audit.append(auditEntry(deps, actor, facts, revision.createdAt));
    return result;
  });
  if (!updated) throw await revisionConflict(deps, variant.id, input.expectedRevision);
  return { variant: updated, stale: false };
}
