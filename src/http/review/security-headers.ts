import type { RequestHandler } from 'express';

/**
 * The review page's Content-Security-Policy: scripts, styles and fetches only from the hub itself, no inline
 * script or style, no plugins, no framing, no form posts elsewhere.
 * NOTE: `require-trusted-types-for 'script'` makes the browser throw on any `innerHTML = string`, so even a
 * future slip in the page's JS cannot turn copy into markup; the page builds its DOM with `textContent`.
 */
const REVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/**
 * Strict browser security headers on every review response (pages, assets and 404s).
 * NOTE: six fixed headers; a library such as helmet would mostly send defaults we override, so we set them here.
 */
export const reviewSecurityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', REVIEW_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  next();
};
