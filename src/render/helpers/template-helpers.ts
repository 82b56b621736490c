import Handlebars, { type HelperOptions } from 'handlebars';
import { fillPhrase, type Phrases } from '../phrases';
import { flexHelper } from './flex';
import { hashtagsFrom } from './hashtags';
import { formatDate, formatNumber } from './intl-format';
import { markdownLink, renderMarkdown } from './markdown';
import { slugify } from './slug';
import { capitalize, oneLine, truncateWords } from './text-tools';
import { safeUrl } from './urls';

/** The part of the template context helpers read through `@root`. */
export interface HelperRoot {
  readonly locale: string;
  readonly phrases: Phrases;
}

/** Whether a template writes plain text (no escaping) or HTML (escaped, helpers return safe markup). */
export type TemplateMode = 'text' | 'html';

/** The helper that renders a template-written merge tag back as written (see merge-tag-protection). */
export const MERGE_TAG_HELPER = 'mergeTag';

type Helper = (this: unknown, ...args: never[]) => unknown;

function rootOf(options: HelperOptions): HelperRoot {
  return (options.data as { root: HelperRoot }).root;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function flatten(values: readonly unknown[]): string[] {
  return values.flatMap((v) => (Array.isArray(v) ? v.map(text) : [text(v)])).filter((v) => v !== '');
}

function ownValue(context: unknown, name: string): unknown {
  if (context === null || context === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(Object(context), name) ? (Object(context) as Record<string, unknown>)[name] : undefined;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

const WEB_URL = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'»]/gu;

/** Escaped text with its http(s) URLs turned into links (the href escaped as an attribute). */
function linkedHtml(block: string): string {
  let html = '';
  let last = 0;
  for (const match of block.matchAll(WEB_URL)) {
    const url = match[0];
    html += Handlebars.escapeExpression(block.slice(last, match.index)) + `<a href="${escapeAttribute(url)}">${Handlebars.escapeExpression(url)}</a>`;
    last = (match.index ?? 0) + url.length;
  }
  return html + Handlebars.escapeExpression(block.slice(last));
}

function paragraphsHtml(value: unknown): Handlebars.SafeString {
  const blocks = text(value).trim().split(/\n\s*\n/u).filter((b) => b.trim() !== '');
  const html = blocks.map((b) => `<p>${linkedHtml(b.trim()).replace(/\n/gu, '<br>\n')}</p>`);
  return new Handlebars.SafeString(html.join('\n'));
}

const COMMON: Record<string, Helper> = {
  flex: flexHelper as Helper,
  phrase(key: string, options: HelperOptions) {
    const phrase = rootOf(options).phrases[key];
    if (phrase === undefined) throw new Error(`unknown phrase "${key}"`);
    return fillPhrase(phrase, options.hash as Record<string, unknown>);
  },
  truncate(value: unknown, max: unknown) {
    if (typeof max !== 'number' || !Number.isFinite(max)) throw new Error(`truncate needs a length, got ${String(max)}`);
    return truncateWords(text(value), max);
  },
  oneLine: (value: unknown) => oneLine(text(value)),
  capitalize: (value: unknown, options: HelperOptions) => capitalize(text(value), rootOf(options).locale),
  hashtags(...args: never[]) {
    const options = args.at(-1) as unknown as HelperOptions;
    const max = Number(options.hash.max ?? 3);
    return hashtagsFrom(flatten(args.slice(0, -1)), max, rootOf(options).locale);
  },
  slug: (value: unknown, options: HelperOptions) => slugify(text(value), rootOf(options).locale, Number(options.hash.max ?? 60)),
  formatNumber: (value: number | string, options: HelperOptions) =>
    formatNumber(value, rootOf(options).locale, options.hash as Intl.NumberFormatOptions),
  formatDate: (value: string, options: HelperOptions) =>
    formatDate(value, rootOf(options).locale, Object.keys(options.hash).length > 0 ? options.hash : undefined),
  join: (list: unknown, separator: unknown) => flatten([list]).join(typeof separator === 'string' ? separator : ', '),
  mdLink: (label: unknown, url: unknown) => markdownLink(text(label), text(url)),
  eq: (a: unknown, b: unknown) => a === b,
  [MERGE_TAG_HELPER](this: unknown, name: string, original: string) {
    const value = ownValue(this, name);
    return value === undefined ? new Handlebars.SafeString(original) : value;
  },
};

const HTML_ONLY: Record<string, Helper> = {
  markdown: (value: unknown) => new Handlebars.SafeString(renderMarkdown(text(value))),
  paragraphs: (value: unknown) => paragraphsHtml(value),
  // NOTE: escapes only what an attribute needs (`&`, quotes, angle brackets), so `a=1&b=2` reads `a=1&amp;b=2`
  // rather than handlebars' `a&#x3D;1&amp;b&#x3D;2`, which some link trackers of sending platforms mangle.
  safeUrl: (url: unknown) => new Handlebars.SafeString(escapeAttribute(safeUrl(text(url)))),
};

/** The helpers a template of `mode` may call, by name: the same vocabulary for every channel. */
export function helpersFor(mode: TemplateMode): Record<string, Helper> {
  return mode === 'html' ? { ...COMMON, ...HTML_ONLY } : { ...COMMON };
}
