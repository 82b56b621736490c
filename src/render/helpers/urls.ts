/**
 * URLs in copy. Channels that do not allow links (Instagram) must not carry any, even one the master's body
 * mentions; HTML attributes must never get a `javascript:` URL from untrusted copy.
 */
const URL_IN_TEXT =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|io|app|co|eu|ru|kz|cat|fi|es|uk|de|shop|store|example)\b(?:\/[^\s<>"']*)?/giu;

/** The text without URLs or bare domains; the spaces around a removed URL collapse to one. */
export function stripUrls(text: string): string {
  return text
    .replace(URL_IN_TEXT, '')
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
