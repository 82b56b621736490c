/**
 * When to try a failed delivery again: exponential backoff (base × 2^(attempt − 1)) capped at `maxDelayMs`,
 * with "equal jitter" (between half and all of the delay) so that receivers coming back from an outage are not
 * hit by every hub at the same instant. A delivery is retried until `giveUpAfterMs` has passed since it was
 * created (the contract asks for at least 24 hours), then marked FAILED.
 */
export interface RetryPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly giveUpAfterMs: number;
}

/** The delay before the next try after `attemptsMade` failed tries; `random` in [0, 1). */
export function retryDelayMs(attemptsMade: number, policy: RetryPolicy, random: number): number {
  const exponent = Math.min(Math.max(attemptsMade - 1, 0), 40);
  const capped = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(capped / 2 + (capped / 2) * random);
}

/**
 * The time of the next try after a failure, or null to give up. NOTE: the last try is never scheduled past the
 * give-up time; a try that would be is brought forward to it, so the final attempt lands at (or just after) the
 * promised window rather than before it.
 */
export function nextAttemptAt(createdAt: Date, now: Date, attemptsMade: number, policy: RetryPolicy, random: number): Date | null {
  const deadline = createdAt.getTime() + policy.giveUpAfterMs;
  if (now.getTime() >= deadline) return null;
  return new Date(Math.min(now.getTime() + retryDelayMs(attemptsMade, policy, random), deadline));
}
