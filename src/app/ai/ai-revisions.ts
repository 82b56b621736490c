import type { Principal } from '../../domain/access/principal';
import type { Campaign } from '../../domain/campaign/campaign';
import type { DriftNote } from '../../domain/drift/drift-report';
import { AiDisabledError } from '../../domain/errors';
import { type AiAttempt, type AiProvenance, driftKeyOf, type VariantRevision } from '../../domain/variant/variant';
import type { VariantContent } from '../../domain/variant/variant-content';
import type { Deps } from '../deps';
import type { AiGeneration } from '../ports/ai-store';
import type { GeneratorSettings } from '../ports/copy-generator';
import { renderForBrand } from '../variants/render-for-brand';
import { reportFor } from '../variants/variant-report';
import { type CopyTarget, type LoopResult, writeWithRepairs } from './repair-loop';
import { requestKeyOf } from './request-key';

/** One channel of a campaign to generate with the model, and who asked. */
export interface AiTarget extends CopyTarget {
  readonly actor: Principal;
  readonly campaign: Campaign;
}

/** The model's settings, or AI_DISABLED when no model is configured. */
export function requireAi(deps: Deps): GeneratorSettings {
  const settings = deps.ai.generator.settings;
  if (!settings) throw new AiDisabledError();
  return settings;
}

const sum = (attempts: readonly AiAttempt[], key: 'promptTokens' | 'completionTokens') => attempts.reduce((n, a) => n + a[key], 0);

function provenanceOf(settings: GeneratorSettings, attempts: readonly AiAttempt[], extra: Partial<AiProvenance> = {}): AiProvenance {
  return {
    model: settings.model,
    attempts: attempts.length,
    promptTokens: sum(attempts, 'promptTokens'),
    completionTokens: sum(attempts, 'completionTokens'),
    promptVersion: settings.promptVersion,
    perAttempt: attempts,
    ...extra,
  };
}

function aiNote(ai: AiProvenance, drifted: boolean): DriftNote {
  // NOTE: the same words for a reused result (its provenance says `reused`), so reuse does not look like new copy.
  const how = `Written by model ${ai.model} in ${ai.attempts} attempt(s)`;
  const verdict = drifted
    ? 'the drift engine still flags its best attempt, so a reviewer must resolve the flags'
    : 'checked by the drift engine like any copy';
  return { severity: 'SUGGESTION', message: `${how}; ${verdict}.` };
}

/** A DRAFT revision of the model's copy (HTML rendered from it), with the drift engine's report and the provenance. */
async function aiRevision(deps: Deps, t: AiTarget, written: VariantContent, ai: AiProvenance): Promise<VariantRevision> {
  const { master, brand, channel } = t;
  const { rendered } = await renderForBrand(deps, brand, master, channel, written);
  const content: VariantContent = { ...rendered.content, ...written };
  const checked = reportFor(deps, { channel, content, masterVersion: master.version }, master, brand);
  const drift = { ...checked, notes: [aiNote(ai, checked.drifted)] };
  return {
    revision: 1,
    status: 'DRAFT',
    source: 'AI',
    masterVersion: master.version,
    content,
    templateKey: `ai:${ai.model}:${ai.promptVersion ?? ''}`,
    drift,
    driftKey: driftKeyOf(master.version, brand.version),
    createdBy: t.actor.keyId,
    editedBy: t.actor.keyId,
    createdAt: deps.clock.now(),
    comment: null,
    overrideReason: null,
    ai,
  };
}

/** The template revision, with a note (and provenance) saying why the model's copy is not there. */
function withFallback(revision: VariantRevision, ai: AiProvenance): VariantRevision {
  const note: DriftNote = { severity: 'SUGGESTION', message: `AI generation failed (${ai.fallback}); the template variant was used instead.` };
  return { ...revision, drift: { ...revision.drift, notes: [...(revision.drift.notes ?? []), note] }, ai };
}

/** Runs the repair loop; a bug in it fails this channel only (it becomes a template variant), never the others. */
async function runLoop(deps: Deps, t: AiTarget, settings: GeneratorSettings): Promise<LoopResult> {
  try {
    return await writeWithRepairs(deps, t, settings);
  } catch (error) {
    deps.ai.log.warn({ err: error, campaignId: t.campaign.id, channel: t.channel }, 'AI generation failed unexpectedly');
    return { best: null, attempts: [], failure: 'unexpected error' };
  }
}

/**
 * One channel: the stored result of an identical request when there is one (no model call), else the repair
 * loop; when the model gives no usable copy, the template revision with a note saying why.
 */
async function generateChannel(deps: Deps, t: AiTarget, settings: GeneratorSettings, template: () => Promise<VariantRevision>): Promise<VariantRevision> {
  const requestKey = requestKeyOf({
    campaignId: t.campaign.id,
    masterVersion: t.master.version,
    brandVersion: t.brand.version,
    channel: t.channel,
    locale: t.master.locale,
    model: settings.model,
    promptVersion: settings.promptVersion,
  });
  const stored = await deps.ai.generations.findReusable(requestKey);
  if (stored?.content) return aiRevision(deps, t, stored.content, provenanceOf(settings, stored.attempts, { reused: true }));
  const loop = await runLoop(deps, t, settings);
  const generation: AiGeneration = {
    requestKey,
    campaignId: t.campaign.id,
    channel: t.channel,
    model: settings.model,
    attempts: loop.attempts,
    promptTokens: sum(loop.attempts, 'promptTokens'),
    completionTokens: sum(loop.attempts, 'completionTokens'),
    content: loop.best?.content ?? null,
  };
  await deps.ai.generations.record(deps.ids.newId(), generation);
  if (loop.best) return aiRevision(deps, t, loop.best.content, provenanceOf(settings, loop.attempts));
  const reason = loop.failure ?? `no usable copy in ${loop.attempts.length} answer(s)`;
  deps.ai.log.warn({ campaignId: t.campaign.id, channel: t.channel, model: settings.model, reason }, 'AI generation fell back to the template');
  return withFallback(await template(), provenanceOf(settings, loop.attempts, { fallback: reason }));
}

/**
 * The revisions of a campaign's channels written by the model, concurrently within AI_CONCURRENCY, each in the
 * same order as `targets`. Every answer goes through the drift engine; nothing is approved here (all DRAFT).
 */
export function aiRevisions(deps: Deps, targets: readonly AiTarget[], template: (t: AiTarget) => Promise<VariantRevision>): Promise<VariantRevision[]> {
  const settings = requireAi(deps);
  return Promise.all(targets.map((t) => deps.ai.limit(() => generateChannel(deps, t, settings, () => template(t)))));
}
