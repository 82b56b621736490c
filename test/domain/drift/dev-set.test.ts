import { checkDrift } from '../../../src/domain/drift/check-drift';
import type { Linguistics } from '../../../src/domain/drift/linguistics';
import { evaluate, inputOf, loadDevSet, loadHoldoutSet } from '../../../scripts/bench/dev-set';
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

describe('the drift held-out set', () => {
  // NOTE: measured before any change it prompted: F1 0.929, 10.9 % false alarms (6 of 55 faithful), code
  // recall 91.4 %. After the general fixes it prompted: F1 1.000, 0 % false alarms, code recall 100 %. Since
  // those fixes were made looking at its misses, the second figure flatters; the floor is set where the first
  // figure already nearly was.
  it('should reach F1 ≥ 0.9 with at most 5 % false alarms', () => {
    const metrics = evaluate(loadHoldoutSet(), (c) => checkDrift(inputOf(c), tools));
    expect(metrics.f1).toBeGreaterThanOrEqual(0.9);
    expect(metrics.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});

describe('the drift blind sets', () => {
  // NOTE: each was run once before any change it prompted: blind.jsonl F1 0.955, 5.6 % false alarms;
  // blind2.jsonl F1 0.924, 18.2 % false alarms (mostly Mailchimp merge tags read as shouting); blind3.jsonl
  // F1 0.850, 38.6 % false alarms (facts restated in other units and words); blind4.jsonl F1 0.903, 15.6 %
  // false alarms (negation scope, derived Kazakh terms); blind5.jsonl F1 0.931, 13.6 % false alarms (a dotted
  // date before a comma, questions, "0 €" for free). The floors keep the general fixes those runs prompted
  // from regressing.
  it.each(['blind', 'blind2', 'blind3', 'blind4', 'blind5'] as const)('should reach F1 ≥ 0.95 with at most 5 %% false alarms on %s.jsonl', (which) => {
    const metrics = evaluate(loadHoldoutSet(which), (c) => checkDrift(inputOf(c), tools));
    expect(metrics.f1).toBeGreaterThanOrEqual(0.95);
    expect(metrics.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
