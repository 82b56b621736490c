import { KNOWN_TLDS } from './tlds';

/** A link written in copy: with a scheme, with `www.`, or as a bare domain such as `shop.example.com/x`. */
export interface UrlMatch {
  /** As written (without surrounding punctuation). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Lower-case host without `www.`. */
  readonly host: string;
  /** Path without query, fragment or trailing slash; `''` for the root. */
  readonly path: string;
}

const SCHEME_OR_WWW = /(?:https?:\/\/|www\.)/i;
const BARE = /^((?:[\p{L}\p{N}-]+\.)+)(\p{L}{2,24})(?::\d{1,5})?(\/\S*)?$/u;
const LEADING = /^[([{«"'“‘<]+/u;
const TRAILING = /[)\]}»"'”’>.,;:!?…]+$/u;
/** NOTE: a chunk longer than this is not a link anyone clicks; skipping it keeps scanning linear. */
const MAX_CHUNK = 2048;

function hostAndPath(url: string): { host: string; path: string } | undefined {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = withoutScheme.search(/[/?#]/);
  const hostPart = (slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase().replace(/:\d+$/, '');
  if (!hostPart.includes('.') || hostPart.includes('@')) return undefined;
  const rest = slash < 0 ? '' : withoutScheme.slice(slash);
  const path = rest.replace(/[?#].*$/s, '').replace(/\/+$/, '');
  return { host: hostPart.replace(/^www\./, ''), path };
}

function matchChunk(chunk: string, offset: number): UrlMatch | undefined {
  const schemeAt = chunk.search(SCHEME_OR_WWW);
  const start = schemeAt >= 0 ? schemeAt : chunk.length - chunk.replace(LEADING, '').length;
  const raw = chunk.slice(start).split(/["'<>]/)[0]?.replace(TRAILING, '') ?? '';
  if (schemeAt < 0) {
    const bare = BARE.exec(raw);
    if (!bare || !KNOWN_TLDS.has((bare[2] ?? '').toLowerCase()) || chunk.includes('@')) return undefined;
  }
  const parts = hostAndPath(raw);
  return parts && { raw, start: offset + start, end: offset + start + raw.length, ...parts };
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
const LETTER = /\p{L}/u;

/**
 * Every link in `text`, in order. Bare domains count only with a known top-level domain (see tlds.ts).
 * NOTE: we look only at the whitespace-delimited chunks around a "." followed by a letter or a "://":
 * most words and every sentence end are skipped without a regex.
 */
export function findUrls(text: string): UrlMatch[] {
  const found: UrlMatch[] = [];
  let next = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot < next || !LETTER.test(text.charAt(dot + 1))) continue;
    let start = dot;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = dot;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    next = end;
    if (end - start > MAX_CHUNK) continue;
    const url = matchChunk(text.slice(start, end), start);
    if (url) found.push(url);
  }
  return found;
}

/** True when two links point to the same page (host without `www.`, path; query and fragment ignored). */
export function sameTarget(a: Pick<UrlMatch, 'host' | 'path'>, b: Pick<UrlMatch, 'host' | 'path'>): boolean {
  return a.host === b.host && a.path.toLowerCase() === b.path.toLowerCase();
}

/** Host and path of a URL given as data (the master's CTA), or undefined when it is not a link. */
export function parseUrl(url: string): { host: string; path: string } | undefined {
  return hostAndPath(url.trim());
}
