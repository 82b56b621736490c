import type { Principal } from '../../domain/access/principal';
import { isFinished, nextCampaignIndex } from '../../domain/variant/generation-job';
import type { Deps } from '../deps';
import { generateVariants } from '../variants/generate-variants';

/** Thrown when a worker was asked to stop before the job finished: the job is QUEUED again and resumes later. */
class JobInterruptedError extends Error {
  constructor(readonly jobId: string) {
    super(`generation job ${jobId} was interrupted; it resumes with its next campaign`);
    this.name = 'JobInterruptedError';
  }
}

/** The rights the job acts with: those of the key that started it, while that key is valid. */
async function principalOf(deps: Deps, keyId: string | null): Promise<Principal | undefined> {
  const key = keyId ? await deps.store.apiKeys.findById(keyId) : undefined;
  if (!key || key.revokedAt) return undefined;
  return { keyId: key.id, name: key.name, role: key.role, brandIds: key.brandIds };
}

/**
 * Works through a job's campaigns in order, from the first one not yet counted, generating each like
 * generateVariants would; a campaign that fails is counted as failed and the job goes on. When `signal` asks to
 * stop, the job is put back in the queue between campaigns (JobInterruptedError) and resumes there.
 */
export async function runGenerationJob(deps: Deps, jobId: string, signal: AbortSignal): Promise<void> {
  const job = await deps.jobs.repository.findById(jobId);
  if (!job || isFinished(job)) return;
  const actor = await principalOf(deps, job.createdBy);
  if (!actor) {
    await deps.jobs.repository.setStatus(job.id, 'FAILED', 'the API key that started the job was revoked');
    return;
  }
  await deps.jobs.repository.setStatus(job.id, 'RUNNING');
  const channels = job.channels.length ? job.channels : null;
  for (let i = nextCampaignIndex(job); i < job.campaignIds.length; i++) {
    if (signal.aborted) {
      await deps.jobs.repository.setStatus(job.id, 'QUEUED');
      throw new JobInterruptedError(job.id);
    }
    const campaignId = job.campaignIds[i] as string;
    let ok = true;
    try {
      await generateVariants(deps, actor, { campaignId, channels, mode: job.mode });
    } catch (error) {
      ok = false;
      deps.ai.log.warn({ err: error, jobId, campaignId }, 'generation job: a campaign failed');
    }
    if (!(await deps.jobs.repository.recordProgress(job.id, i, ok))) return;
  }
  await deps.jobs.repository.setStatus(job.id, 'COMPLETED');
  deps.ai.log.info({ jobId, campaigns: job.campaignIds.length }, 'generation job completed');
}
