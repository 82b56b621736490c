import { concurrencyLimit } from '../../../src/app/ai/concurrency';

describe('the concurrency limit', () => {
  it('should run at most `max` tasks at once, in arrival order, and free the slot of a failed task', async () => {
    const limit = concurrencyLimit(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (n: number, fail = false) =>
      limit(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(n);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        if (fail) throw new Error(`task ${n}`);
        return n;
      });
    const results = await Promise.allSettled([task(1, true), task(2), task(3), task(4), task(5)]);
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('should refuse a limit below one', () => {
    expect(() => concurrencyLimit(0)).toThrow(/positive integer/);
  });
});
