import { appendFlag, buildReport, codesOf, flagCounts, isDrift, scoreOf } from '../../../src/domain/drift/score';
import { staleMasterFlag } from '../../../src/domain/drift/stale-master';
import { applySeverity } from '../../../src/domain/drift/severity';
import type { DriftFlag } from '../../../src/domain/drift/drift-report';

const flag = (severity: DriftFlag['severity'], code: DriftFlag['code'] = 'FACT_MISMATCH'): DriftFlag => ({ code, severity, message: 'm' });

describe('score', () => {
  it('should give a clean variant 1 and lower the score per flag by severity', () => {
    expect(scoreOf(1, [])).toBe(1);
    expect(scoreOf(1, [flag('ERROR')])).toBe(0.7);
    expect(scoreOf(1, [flag('WARNING')])).toBe(0.88);
    expect(scoreOf(1, [flag('SUGGESTION')])).toBe(0.98);
    expect(scoreOf(1, [flag('ERROR'), flag('ERROR')])).toBe(0.49);
  });

  it('should weigh the share of key facts preserved', () => {
    expect(scoreOf(0, [])).toBe(0.25);
    expect(scoreOf(0.5, [])).toBe(0.625);
    expect(scoreOf(0, [flag('ERROR'), flag('ERROR'), flag('ERROR')])).toBeCloseTo(0.086, 3);
  });

  it('should call a report drifted exactly when a flag is an error or a warning', () => {
    expect(buildReport([flag('SUGGESTION')], 1).drifted).toBe(false);
    expect(buildReport([flag('WARNING')], 1).drifted).toBe(true);
  });
});

describe('staleMasterFlag and appendFlag', () => {
  it('should flag a variant made from an older master version', () => {
    expect(staleMasterFlag(1, 3)).toMatchObject({ code: 'STALE_MASTER', severity: 'WARNING', evidence: 'v1' });
    expect(staleMasterFlag(3, 3)).toBeUndefined();
    expect(staleMasterFlag(1, 3, { STALE_MASTER: 'OFF' })).toBeUndefined();
    expect(staleMasterFlag(1, 3, { STALE_MASTER: 'ERROR' })?.severity).toBe('ERROR');
  });

  it('should recompute drifted and score when a flag is appended', () => {
    const clean = buildReport([], 1);
    const stale = appendFlag(clean, staleMasterFlag(1, 2)!);
    expect(stale).toEqual({ drifted: true, score: 0.88, flags: [expect.objectContaining({ code: 'STALE_MASTER' })] });
    expect(appendFlag(buildReport([flag('ERROR')], 1), flag('SUGGESTION')).score).toBe(0.686);
  });
});

describe('applySeverity', () => {
  it('should change only flags at their default level, and drop codes turned OFF', () => {
    const flags = [flag('ERROR', 'CHANNEL_LIMIT'), flag('SUGGESTION', 'CHANNEL_LIMIT'), flag('WARNING', 'TONE_VIOLATION')];
    expect(applySeverity(flags, { CHANNEL_LIMIT: 'WARNING', TONE_VIOLATION: 'OFF' }).map((f) => f.severity)).toEqual(['WARNING', 'SUGGESTION']);
  });
});

describe('flag summaries', () => {
  it('should count drifting flags by severity and list distinct codes in order', () => {
    const report = buildReport([flag('ERROR'), flag('WARNING', 'TONE_VIOLATION'), flag('ERROR'), flag('SUGGESTION', 'CHANNEL_LIMIT')], 1);
    expect(flagCounts(report)).toEqual({ errors: 2, warnings: 1 });
    expect(codesOf(report, isDrift)).toEqual(['FACT_MISMATCH', 'TONE_VIOLATION']);
    expect(codesOf(report, (f) => f.severity === 'ERROR')).toEqual(['FACT_MISMATCH']);
  });
});
