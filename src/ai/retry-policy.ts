import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

/** What to do about a failed call: retry (after at least `retryAfterMs`, when the endpoint said so) or give up. */
export interface FailureVerdict {
  readonly retry: boolean;
  /** Safe to show a reviewer: status and a short reason, never a key. */
  readonly reason: string;
  readonly retryAfterMs?: number;
}

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** `retry-after-ms` or `retry-after` (seconds or an HTTP date) of a 429/503, in milliseconds. */
function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * Sorts a failed Chat Completions call: timeouts, lost connections, 408, 409, 429 and 5xx are transient (retry
 * with backoff while the budget lasts); any other answer (401 bad key, 404 unknown model, 400) will not improve.
 */
export function classifyFailure(error: unknown): FailureVerdict {
  if (error instanceof APIConnectionTimeoutError) return { retry: true, reason: 'the model did not answer in time' };
  if (error instanceof APIUserAbortError) return { retry: false, reason: 'the call was cancelled' };
  if (error instanceof APIConnectionError) return { retry: true, reason: `could not reach the model endpoint (${short(error.message)})` };
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const transient = status === 408 || status === 409 || status === 429 || status >= 500;
    const what = status === 429 ? 'rate limited' : status >= 500 ? 'server error' : 'refused the request';
    return { retry: transient, reason: `the model endpoint ${what} (HTTP ${status}: ${short(error.message)})`, retryAfterMs: retryAfter(error.headers) };
  }
  return { retry: false, reason: `unexpected failure calling the model (${short(String((error as Error)?.message ?? error))})` };
}

/** Base of the exponential backoff between retries, and its ceiling. */
const BACKOFF_BASE_MS = 200;
const BACKOFF_MAX_MS = 4000;

/**
 * How long to wait before retry number `retry` (0-based): exponential with full jitter, at least what the
 * endpoint asked for.
 */
export function backoffMs(retry: number, retryAfterMs = 0, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retry);
  return Math.max(retryAfterMs, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}
