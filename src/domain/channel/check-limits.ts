import type { VariantContent, VariantContentField } from '../variant/variant-content';
import { type ChannelLimit, type ChannelSpec, limitValueOn } from './channel-spec';
import type { TextMetrics } from './text-metrics';
import { tweetLengthBound } from './tweet-length-bound';

/** A broken channel limit, as a value. */
export interface LimitBreach {
  readonly limit: ChannelLimit;
  /** The section (`caption`, `slides[3]`, …) that breaks it. */
  readonly section: string;
  readonly actual: number;
  readonly min?: number;
  readonly max?: number;
  /** The text that breaks it (for a slide count: none). */
  readonly evidence?: string;
}

const HASHTAG = /(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/** The hashtags of a text, as written (without `#`). */
export function hashtagsOf(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((m) => m[1] ?? '');
}

function sectionTexts(content: VariantContent, field: VariantContentField): Array<[string, string]> {
  const value = content[field];
  if (value === undefined) return [];
  if (typeof value === 'string') return [[field, value]];
  return value.map((text, i) => [`${field}[${i + 1}]`, text]);
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/gm;

/** The markdown ATX headings of a text (`# Title`, `## Key facts`), as written. */
export function headingsOf(text: string): string[] {
  return [...text.matchAll(HEADING)].map((m) => m[0].trim());
}

/** How long `text` is for a text-measuring limit (`tweetLength`, `characters` or `headings`). */
export function measureText(limit: ChannelLimit, text: string, metrics: TextMetrics): number {
  if (limit.measure === 'tweetLength') return metrics.tweetLength(text);
  if (limit.measure === 'headings') return headingsOf(text).length;
  return [...text].length;
}

function breaches(limit: ChannelLimit, content: VariantContent, date: string, metrics: TextMetrics): LimitBreach[] {
  const { min, max } = limitValueOn(limit, date);
  const outside = (n: number) => (max !== undefined && n > max) || (min !== undefined && n < min);
  if (limit.measure === 'items') {
    const field = limit.sections[0];
    const items = field ? content[field] : undefined;
    if (!Array.isArray(items) || !outside(items.length)) return [];
    return [{ limit, section: String(field), actual: items.length, min, max }];
  }
  const texts = limit.sections.flatMap((field) => sectionTexts(content, field));
  if (limit.measure === 'hashtags') {
    const tags = texts.flatMap(([, text]) => hashtagsOf(text));
    if (!outside(tags.length)) return [];
    return [{ limit, section: limit.sections.join('+'), actual: tags.length, min, max, evidence: tags.map((t) => `#${t}`).join(' ') }];
  }
  return texts
    .filter(([, text]) => limit.measure === 'headings' || text.trim().length > 0)
    .filter(([, text]) => !(limit.measure === 'tweetLength' && min === undefined && max !== undefined && tweetLengthBound(text) <= max))
    .map(([section, text]) => ({ section, text, actual: measureText(limit, text, metrics) }))
    .filter(({ actual }) => outside(actual))
    .map(({ section, text, actual }) => ({ limit, section, actual, min, max, evidence: text }));
}

/**
 * Every limit of `spec` that `content` breaks on `date` (ISO day; limits changed over time).
 * Sections the content leaves out are not measured: missing sections are a different finding.
 */
export function checkLimits(spec: ChannelSpec<string>, content: VariantContent, date: string, metrics: TextMetrics): LimitBreach[] {
  return spec.limits.flatMap((limit) => breaches(limit, content, date, metrics));
}
