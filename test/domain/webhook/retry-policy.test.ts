import { nextAttemptAt, retryDelayMs } from '../../../src/domain/webhook/retry-policy';

const policy = { baseDelayMs: 10_000, maxDelayMs: 3_600_000, giveUpAfterMs: 24 * 3_600_000 };
const created = new Date('2026-03-01T00:00:00Z');

describe('the webhook retry policy', () => {
  it('should double the delay per attempt, with jitter between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, 1))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, 0))).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('should cap the delay, however many attempts were made', () => {
    expect(retryDelayMs(20, policy, 1)).toBe(3_600_000);
    expect(retryDelayMs(10_000, policy, 0.5)).toBe(2_700_000);
  });

  it('should keep retrying for the whole window, land the last try at its end, then give up', () => {
    let now = created;
    let attempts = 0;
    for (;;) {
      attempts++;
      const next = nextAttemptAt(created, now, attempts, policy, 0.5);
      if (!next) break;
      expect(next.getTime()).toBeGreaterThan(now.getTime());
      now = next;
    }
    expect(now.getTime() - created.getTime()).toBe(policy.giveUpAfterMs);
    expect(attempts).toBeGreaterThan(20);
    expect(nextAttemptAt(created, new Date(created.getTime() + policy.giveUpAfterMs + 1), 3, policy, 0.5)).toBeNull();
  });
});
