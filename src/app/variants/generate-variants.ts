import { type Principal, requireRole } from '../../domain/access/principal';
import type { Brand } from '../../domain/brand/brand';
import type { Campaign } from '../../domain/campaign/campaign';
import type { MasterMessage } from '../../domain/campaign/master-message';
import { type Channel, CHANNELS } from '../../domain/channel/channel';
import { driftKeyOf, type Variant, type VariantRevision } from '../../domain/variant/variant';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import { auditEntry } from '../audit-entry';
import { aiRevisions, requireAi } from '../ai/ai-revisions';
import { getBrand } from '../brands';
import { currentMaster, getCampaign } from '../campaigns';
import type { Deps } from '../deps';
import { revisionConflict } from './conflict';
import type { VariantView } from './read-variants';
import { explainLimits, notesOf } from './render-notes';
import { renderForBrand } from './render-for-brand';
import { reportFor } from './variant-report';

/** Input of generateVariants: no channels means all of them. */
export interface GenerateRequest {
  readonly campaignId: string;
  readonly channels?: readonly Channel[] | null;
  readonly mode?: 'TEMPLATE' | 'AI' | null;
}

/** Everything one channel's generation needs. */
interface Job {
  readonly actor: Principal;
  readonly campaign: Campaign;
  readonly brand: Brand;
  readonly master: MasterMessage;
  readonly channel: Channel;
}

/** Renders a channel from its templates (with the brand's overrides) and checks the copy. */
async function renderRevision(deps: Deps, job: Job): Promise<VariantRevision> {
  const { brand, master, channel } = job;
  const { rendered, overrides } = await renderForBrand(deps, brand, master, channel);
  const notes = notesOf(rendered.problems);
  const checked = reportFor(deps, { channel, content: rendered.content, masterVersion: master.version, notes }, master, brand);
  return {
    revision: 1,
    status: 'DRAFT',
    source: 'TEMPLATE',
    masterVersion: master.version,
    content: rendered.content,
    templateKey: overrides.map((o) => `${o.section}@${o.version}`).join(',') || 'built-in',
    drift: explainLimits(checked, rendered.problems),
    driftKey: driftKeyOf(master.version, brand.version),
    createdBy: job.actor.keyId,
    editedBy: job.actor.keyId,
    createdAt: deps.clock.now(),
    comment: null,
    overrideReason: null,
    ai: null,
  };
}

/** The audit entry of a generated (or regenerated) variant revision. */
function generatedEntry(deps: Deps, job: Job, variant: Variant): AuditEntry {
  const { head } = variant;
  const details = { revision: head.revision, channel: variant.channel, locale: variant.locale, source: head.source, masterVersion: head.masterVersion };
  return auditEntry(deps, job.actor, { action: 'VARIANT_GENERATED', entity: 'Variant', entityId: variant.id, brandId: variant.brandId, campaignId: variant.campaignId, details }, head.createdAt);
}

/** JSON with object keys sorted: stored JSONB comes back with its keys in another order than written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Same copy made the same way (notes included: a model failure's note is news even when the template copy is not). */
function sameCopy(a: VariantRevision, b: VariantRevision): boolean {
  return (
    a.source === b.source &&
    a.masterVersion === b.masterVersion &&
    a.templateKey === b.templateKey &&
    canonical(a.content) === canonical(b.content) &&
    canonical(a.drift.notes ?? []) === canonical(b.drift.notes ?? [])
  );
}

/**
 * Stores a generated revision: it replaces the channel's newest variant while that is a draft (or rejected),
 * and becomes a new draft variant when the newest is in review or approved, which are never overwritten.
 * Regenerating identical copy changes nothing.
 */
async function store(deps: Deps, job: Job, revision: VariantRevision, current: readonly Variant[]): Promise<Variant> {
  const existing = current.filter((v) => v.channel === job.channel && v.locale === job.master.locale).at(-1);
  if (existing && (existing.head.status === 'DRAFT' || existing.head.status === 'REJECTED')) {
    if (existing.head.status === 'DRAFT' && sameCopy(existing.head, revision)) return existing;
    const next = { ...revision, revision: existing.head.revision + 1 };
    const updated = await deps.store.transaction(async (tx) => {
      const result = await tx.variants.appendRevision(existing.id, existing.head.revision, next);
      if (result) await tx.audit.append(generatedEntry(deps, job, result));
      return result;
    });
    if (!updated) throw await revisionConflict(deps, existing.id, existing.head.revision);
    return updated;
  }
  const variant: Variant = {
    id: deps.ids.newId(),
    campaignId: job.campaign.id,
    brandId: job.brand.id,
    channel: job.channel,
    locale: job.master.locale,
    createdAt: revision.createdAt,
    head: revision,
  };
  await deps.store.transaction(async (tx) => {
    await tx.variants.insert(variant);
    await tx.audit.append(generatedEntry(deps, job, variant));
  });
  return variant;
}

/** Generates (or regenerates) the campaign's variants for the channels asked, from the current master. */
export async function generateVariants(deps: Deps, actor: Principal, input: GenerateRequest): Promise<VariantView[]> {
  requireRole(actor, 'variant.write');
  const campaign = await getCampaign(deps, actor, input.campaignId);
  const brand = await getBrand(deps, actor, campaign.brandId);
  const master = await currentMaster(deps, campaign);
  if (input.mode === 'AI') requireAi(deps);
  const channels = [...new Set(input.channels?.length ? input.channels : CHANNELS)];
  const jobs: Job[] = channels.map((channel) => ({ actor, campaign, brand, master, channel }));
  // NOTE: the model writes channels concurrently (within AI_CONCURRENCY); each falls back to its template alone.
  const written = input.mode === 'AI' ? await aiRevisions(deps, jobs, (job) => renderRevision(deps, job)) : [];
  const current = await deps.store.variants.listByCampaign(campaign.id, {});
  const variants: VariantView[] = [];
  // NOTE: one channel at a time: each replaces at most its own draft, and rendering is CPU-bound anyway.
  for (const [i, job] of jobs.entries()) {
    variants.push({ variant: await store(deps, job, written[i] ?? (await renderRevision(deps, job)), current), stale: false });
  }
  return variants;
}
