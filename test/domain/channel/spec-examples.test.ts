import { CHANNEL_SPECS } from '../../../src/domain/channel';
import { checkLimits } from '../../../src/domain/channel/check-limits';
import { twitterMetrics } from '../../../src/lang/twitter-metrics';

const specs = Object.values(CHANNEL_SPECS);

describe.each(specs.map((spec) => [spec.channel, spec] as const))('the %s spec', (_channel, spec) => {
  it('should document itself with ok and not-ok examples', () => {
    const examples = spec.examples ?? [];
    expect(examples.some((e) => e.breaches.length === 0)).toBe(true);
    expect(examples.some((e) => e.breaches.length > 0)).toBe(true);
  });

  it.each((spec.examples ?? []).map((e) => [e.name, e] as const))('should judge %s as its example says', (_name, example) => {
    const found = checkLimits(spec, example.content, example.date, twitterMetrics).map((b) => ({
      limit: b.limit.id,
      section: b.section,
    }));
    expect(found).toEqual(example.breaches);
  });

  it('should give every limit a dated history, oldest first', () => {
    for (const limit of spec.limits) {
      const dates = limit.history.map((v) => v.since);
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
