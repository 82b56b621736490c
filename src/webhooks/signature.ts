import crypto from 'node:crypto';

/** The name of the signature header every delivery carries. */
export const SIGNATURE_HEADER = 'Tonehub-Signature';

/**
 * The contract's signature header value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with
 * the webhook's secret (Stripe's scheme: the timestamp inside the signed text lets receivers refuse replays).
 */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const v1 = crypto.createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}
