// How a receiver verifies a Tonehub webhook (Node, no dependencies). Copied into the README; the test suite
// verifies real deliveries with this very file.
const crypto = require('node:crypto');

/**
 * True when `header` (the Tonehub-Signature header) signs `rawBody` (the exact bytes received, before any JSON
 * parsing) with the webhook's `secret`, and its timestamp is within `toleranceSeconds` of now (refuses replays).
 */
function verifyTonehubSignature(rawBody, header, secret, toleranceSeconds = 300, nowSeconds = Math.floor(Date.now() / 1000)) {
  const fields = Object.fromEntries(String(header || '').split(',').map((part) => part.trim().split('=')));
  const t = Number(fields.t);
  if (!Number.isSafeInteger(t) || !/^[0-9a-f]{64}$/.test(fields.v1 || '')) return false;
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = crypto.createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  return crypto.timingSafeEqual(expected, Buffer.from(fields.v1, 'hex'));
}

module.exports = { verifyTonehubSignature };
