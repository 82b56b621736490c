import { findUrls } from '../../domain/text/urls';

/**
 * URLs in copy. Channels that do not allow links (Instagram) must not carry any, even one the master's body
 * mentions; HTML attributes must never get a `javascript:` URL from untrusted copy.
 */
/**
 * The text without URLs or bare domains, found exactly as the drift check finds them (so copy the hub
 * renders for Instagram never carries a link its own check flags); the spaces around a removed URL collapse
 * to one.
 */
export function stripUrls(text: string): string {
  let out = '';
  let from = 0;
  for (const url of findUrls(text)) {
    out += text.slice(from, url.start);
    from = url.end;
  }
  return (out + text.slice(from))
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/ ([.,;:!?])/gu, '$1')
    .trim();
}

const SAFE_SCHEMES = /^(?:https?:|mailto:|tel:)/iu;

/** The URL when its scheme is safe in an `href` (http, https, mailto, tel); otherwise `#`. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  return SAFE_SCHEMES.test(trimmed) ? trimmed : '#';
}
