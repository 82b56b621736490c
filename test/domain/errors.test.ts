import { NotFoundError, VersionConflictError } from '../../src/domain/errors';

describe('domain errors', () => {
  it('should namespace reasons by entity in capitals with underscores between words', () => {
    expect(new NotFoundError('ApiKey', 'x').code).toBe('API_KEY.NOT_FOUND');
    expect(new NotFoundError('GenerationJob', 'x').code).toBe('GENERATION_JOB.NOT_FOUND');
    expect(new VersionConflictError('Campaign', 1, 2)).toMatchObject({ code: 'CAMPAIGN.VERSION_CONFLICT', details: { expectedVersion: 1, currentVersion: 2 } });
  });
});
