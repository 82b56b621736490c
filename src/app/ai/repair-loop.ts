import type { Brand } from '../../domain/brand/brand';
import type { MasterMessage } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import { isDrift } from '../../domain/drift/score';
import { DomainError } from '../../domain/errors';
import type { AiAttempt } from '../../domain/variant/variant';
import type { VariantContent } from '../../domain/variant/variant-content';
import { type Deps, today } from '../deps';
import { type CopyAnswer, type CopyRequest, type GeneratorSettings, ModelUnavailableError, type RepairFeedback } from '../ports/copy-generator';
import { reportFor } from '../variants/variant-report';
import { flagCounts } from '../../domain/drift/score';
import { type CheckedCopy, isBetter } from './best-attempt';

/** The channel to write and what it is written from. */
export interface CopyTarget {
  readonly brand: Brand;
  readonly master: MasterMessage;
  readonly channel: Channel;
}

/** What the loop ends with: the best checked copy (if any answer was usable), every attempt, and a model failure. */
export interface LoopResult {
  readonly best: CheckedCopy | null;
  readonly attempts: readonly AiAttempt[];
  /** Why the model stopped answering (timeout, 5xx, …), when it did; the loop then ends with what it has. */
  readonly failure: string | null;
}

/** Checks copy with the drift engine; copy the engine cannot check at all (an empty required field) is malformed. */
function check(deps: Deps, target: CopyTarget, content: VariantContent): CheckedCopy | { problem: string } {
  try {
    const report = reportFor(deps, { channel: target.channel, content, masterVersion: target.master.version }, target.master, target.brand);
    return { content, report };
  } catch (error) {
    if (error instanceof DomainError) return { problem: error.message };
    throw error;
  }
}

function attemptOf(answer: CopyAnswer, checked: CheckedCopy | { problem: string }): AiAttempt {
  const usage = { promptTokens: answer.usage.promptTokens, completionTokens: answer.usage.completionTokens };
  if ('problem' in checked) return { outcome: 'MALFORMED', ...usage, problem: checked.problem };
  return { outcome: 'COPY', ...usage, ...flagCounts(checked.report), score: checked.report.score };
}

function feedbackOf(answer: CopyAnswer, checked: CheckedCopy | { problem: string }): RepairFeedback {
  if ('problem' in checked) return { kind: 'MALFORMED', answer: answer.raw, problem: checked.problem };
  return { kind: 'DRIFT', content: checked.content, flags: checked.report.flags.filter(isDrift) };
}

/**
 * Asks the model for the channel's copy and runs the drift engine on every answer; while the answer has ERROR
 * or WARNING flags (or is not the JSON asked for), sends them back and asks for a corrected version, up to
 * `maxRepairs` times, all within `timeoutMs`. Keeps the best attempt.
 */
export async function writeWithRepairs(deps: Deps, target: CopyTarget, settings: GeneratorSettings): Promise<LoopResult> {
  // NOTE: wall-clock budget, not business time: the clock port may be pinned, a deadline must not be.
  const deadline = Date.now() + settings.timeoutMs;
  const base: CopyRequest = {
    channel: target.channel,
    master: target.master,
    brandName: target.brand.name,
    toneRules: target.brand.toneRules,
    date: today(deps),
  };
  const attempts: AiAttempt[] = [];
  let best: CheckedCopy | null = null;
  let feedback: RepairFeedback | undefined;
  for (let round = 0; round <= settings.maxRepairs; round++) {
    let answer: CopyAnswer;
    try {
      answer = await deps.ai.generator.complete({ ...base, feedback }, deadline);
    } catch (error) {
      if (!(error instanceof ModelUnavailableError)) throw error;
      attempts.push({ outcome: 'FAILED', promptTokens: 0, completionTokens: 0, problem: error.reason });
      return { best, attempts, failure: error.reason };
    }
    const checked = answer.kind === 'COPY' ? check(deps, target, answer.content) : { problem: answer.problem };
    attempts.push(attemptOf(answer, checked));
    if (!('problem' in checked)) {
      if (isBetter(checked, best)) best = checked;
      if (!checked.report.drifted) break;
    }
    feedback = feedbackOf(answer, checked);
  }
  return { best, attempts, failure: null };
}
