import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { backoffMs, classifyFailure } from '../../src/ai/retry-policy';

const apiError = (status: number, headers: Record<string, string> = {}) => APIError.generate(status, { message: `status ${status}` }, undefined, new Headers(headers));

describe('the retry policy of model calls', () => {
  it.each([408, 409, 429, 500, 502, 503])('should retry HTTP %i', (status) => {
    expect(classifyFailure(apiError(status)).retry).toBe(true);
  });

  it.each([400, 401, 403, 404, 422])('should give up on HTTP %i, which will not improve', (status) => {
    expect(classifyFailure(apiError(status))).toMatchObject({ retry: false, reason: expect.stringContaining(`HTTP ${status}`) });
  });

  it('should retry timeouts and honour retry-after in seconds or milliseconds', () => {
    expect(classifyFailure(new APIConnectionTimeoutError())).toMatchObject({ retry: true });
    expect(classifyFailure(apiError(429, { 'retry-after': '2' })).retryAfterMs).toBe(2000);
    expect(classifyFailure(apiError(429, { 'retry-after-ms': '150' })).retryAfterMs).toBe(150);
    expect(classifyFailure(new APIUserAbortError()).retry).toBe(false);
  });

  it('should back off exponentially with jitter, up to a ceiling, never below what the endpoint asked', () => {
    expect(backoffMs(0, 0, () => 0)).toBe(100);
    expect(backoffMs(0, 0, () => 1)).toBe(200);
    expect(backoffMs(3, 0, () => 1)).toBe(1600);
    expect(backoffMs(10, 0, () => 1)).toBe(4000);
    expect(backoffMs(0, 900, () => 0)).toBe(900);
  });
});
