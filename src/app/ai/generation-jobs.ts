import { type Principal, requireBrand, requireRole } from '../../domain/access/principal';
import type { Channel } from '../../domain/channel/channel';
import { NotFoundError, ValidationError } from '../../domain/errors';
import type { GenerationJob, GenerationMode } from '../../domain/variant/generation-job';
import { getBrand } from '../brands';
import type { Deps } from '../deps';
import { requireAi } from './ai-revisions';

/** The most campaigns one job takes (a brand with more starts several jobs, naming campaigns). */
export const MAX_JOB_CAMPAIGNS = 1000;

/** Input of startGenerationJob: a brand, and optionally which of its campaigns and channels. */
export interface NewGenerationJob {
  readonly brandId: string;
  /** Absent or empty: every campaign of the brand. */
  readonly campaignIds?: readonly string[] | null;
  /** Absent or empty: every channel. */
  readonly channels?: readonly Channel[] | null;
  readonly mode?: GenerationMode | null;
}

async function brandCampaignIds(deps: Deps, brandId: string): Promise<string[]> {
  const ids: string[] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await deps.store.campaigns.listByBrand(brandId, { first: 100, afterId });
    ids.push(...page.items.map((c) => c.id));
    if (!page.hasNextPage || ids.length > MAX_JOB_CAMPAIGNS) return ids;
    afterId = page.items.at(-1)?.id;
  }
}

async function chosenCampaigns(deps: Deps, brandId: string, given: readonly string[]): Promise<string[]> {
  const ids = given.length ? [...new Set(given)] : await brandCampaignIds(deps, brandId);
  if (ids.length > MAX_JOB_CAMPAIGNS) throw new ValidationError(`a job takes at most ${MAX_JOB_CAMPAIGNS} campaigns`, 'campaignIds');
  for (const [i, id] of ids.entries()) {
    const campaign = given.length ? await deps.store.campaigns.findById(id) : { brandId };
    if (campaign?.brandId !== brandId) throw new ValidationError(`campaignIds[${i}] names no campaign of the brand`, `campaignIds[${i}]`);
  }
  return ids;
}

/**
 * Starts generating many campaigns of a brand (mode AI by default) as a durable job; `generationJob(id)`
 * shows its progress. AI mode without a model answers AI_DISABLED at once, not in the job.
 */
export async function startGenerationJob(deps: Deps, actor: Principal, input: NewGenerationJob): Promise<GenerationJob> {
  requireRole(actor, 'variant.write');
  const brand = await getBrand(deps, actor, input.brandId);
  const mode = input.mode ?? 'AI';
  if (mode === 'AI') requireAi(deps);
  const campaignIds = await chosenCampaigns(deps, brand.id, input.campaignIds ?? []);
  const now = deps.clock.now();
  const job: GenerationJob = {
    id: deps.ids.newId(),
    brandId: brand.id,
    mode,
    channels: [...new Set(input.channels ?? [])],
    campaignIds,
    status: campaignIds.length ? 'QUEUED' : 'COMPLETED',
    done: 0,
    failed: 0,
    error: null,
    createdBy: actor.keyId,
    createdAt: now,
    updatedAt: now,
  };
  await deps.jobs.repository.insert(job);
  // NOTE: the job row is durable; if the queue cannot take it now, the next start of a hub enqueues every
  // unfinished job, so the caller gets the job (and no duplicate from a retry) rather than an error.
  if (campaignIds.length) {
    await deps.jobs.queue.enqueue(job.id).catch((err: unknown) => deps.ai.log.warn({ err, jobId: job.id }, 'generation job stored, but not queued until the next start'));
  }
  return job;
}

/** A job and its progress, if the caller sees its brand. */
export async function getGenerationJob(deps: Deps, actor: Principal, id: string): Promise<GenerationJob> {
  requireRole(actor, 'variant.read');
  const job = await deps.jobs.repository.findById(id);
  if (!job) throw new NotFoundError('GenerationJob', id);
  requireBrand(actor, job.brandId, 'GenerationJob', id);
  return job;
}
