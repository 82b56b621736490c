import type { WebhookRequest, WebhookResponse, WebhookSender } from '../app/ports/webhook-sender';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

/** Longest excerpt of a receiver's answer kept with an attempt. */
const EXCERPT_CHARS = 500;

/** Reads at most `maxBytes` of a body (then stops reading), as text; null when there is none or reading fails. */
async function readExcerpt(response: Response, maxBytes: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    return null;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

/** A failure as a short, safe message: no URL (its query may hold a token), no secret. */
function describe(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `request failed: ${cause}` : `request failed: ${e?.message ?? 'unknown error'}`;
}

/**
 * The HTTP sender: one signed POST per attempt (signed at send time, so `t` is fresh on every retry), redirects
 * not followed (a redirect could lead to an address the allow-list would refuse), the whole exchange bounded by
 * the timeout, and only an excerpt of the answer read.
 */
export function createHttpSender(userAgent = 'Tonehub-Webhooks/1'): WebhookSender {
  return {
    async send(request: WebhookRequest): Promise<WebhookResponse> {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const headers = {
        'content-type': 'application/json',
        'user-agent': userAgent,
        [SIGNATURE_HEADER]: signatureHeader(request.secret, request.body, Math.floor(Date.now() / 1000)),
        ...request.headers,
      };
      try {
        const signal = AbortSignal.timeout(request.timeoutMs);
        const response = await fetch(request.url, { method: 'POST', body: request.body, headers, redirect: 'manual', signal });
        const excerpt = await readExcerpt(response, EXCERPT_CHARS * 4);
        const redirect = response.status >= 300 && response.status < 400 ? `redirect (${response.status}) not followed` : null;
        return { status: response.status, excerpt, error: redirect, durationMs: elapsed() };
      } catch (error) {
        return { status: null, excerpt: null, error: describe(error, request.timeoutMs), durationMs: elapsed() };
      }
    },
  };
}
