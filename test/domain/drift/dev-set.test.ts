import { checkDrift } from '../../../src/domain/drift/check-drift';
import type { Linguistics } from '../../../src/domain/drift/linguistics';
import { evaluate, inputOf, loadDevSet } from '../../../scripts/bench/dev-set';
import { realTools } from '../../helpers/tools';

let tools: Linguistics;
beforeAll(async () => {
  tools = await realTools();
});

describe('the drift development set', () => {
  it('should reach F1 ≥ 0.95 with at most 5 % false alarms', () => {
    const metrics = evaluate(loadDevSet(), (c) => checkDrift(inputOf(c), tools));
    expect(metrics.f1).toBeGreaterThanOrEqual(0.95);
    expect(metrics.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
