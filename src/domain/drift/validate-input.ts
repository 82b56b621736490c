import { type Channel, channelSpec, isChannel } from '../channel';
import type { MasterMessageDraft } from '../campaign/master-message';
import { LimitExceededError, ValidationError } from '../errors';
import { canonicalLocale } from '../locale';
import type { VariantContent } from '../variant/variant-content';

/**
 * Largest copy a check accepts: 100 KiB of UTF-8 across all content fields (a 1,500-word blog post is
 * about 10 KiB). Beyond it a check could take long enough to hurt other requests.
 */
export const MAX_CONTENT_BYTES = 100 * 1024;

/** UTF-8 size of a string, without allocating. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function contentTexts(content: VariantContent): string[] {
  return Object.values(content).flatMap((v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
}

function checkSections(channel: Channel, content: VariantContent): void {
  for (const section of channelSpec(channel).sections) {
    const value: unknown = content[section.name];
    const field = `content.${section.name}`;
    if (value !== undefined && typeof value !== 'string' && !(Array.isArray(value) && value.every((x) => typeof x === 'string'))) {
      throw new ValidationError(`${field} has the wrong type`, field);
    }
    if (!section.required) continue;
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
    if (!texts.some((t) => t.trim().length > 0)) throw new ValidationError(`${field} is required for ${channel} and must not be empty`, field);
  }
}

const knownLocales = new Map<string, boolean>();

/** NOTE: Intl locale canonicalisation costs more than a small check; a master's locale repeats, so memoise it. */
function isLocale(tag: string): boolean {
  let known = knownLocales.get(tag);
  if (known === undefined) {
    known = canonicalLocale(tag) !== undefined;
    if (knownLocales.size < 1000) knownLocales.set(tag, known);
  }
  return known;
}

function checkMaster(master: MasterMessageDraft): void {
  if (!isLocale(master.locale ?? '')) throw new ValidationError(`master.locale '${master.locale}' is not a BCP 47 language tag`, 'master.locale');
  if (typeof master.callToAction?.url !== 'string') throw new ValidationError('master.callToAction.url is required', 'master.callToAction.url');
  const size = utf8Bytes([master.headline, master.body, master.callToAction.text, ...master.keyFacts].join(''));
  if (size > MAX_CONTENT_BYTES) throw new LimitExceededError(`master is ${size} bytes, over the limit of ${MAX_CONTENT_BYTES}`, 'master', MAX_CONTENT_BYTES);
}

/**
 * Rejects input no check can be made of: an unknown channel, a bad date or locale, an empty required
 * section (ValidationError naming the field, e.g. `content.text`), copy over MAX_CONTENT_BYTES
 * (LimitExceededError).
 */
export function validateDriftInput(input: { channel: string; master: MasterMessageDraft; content: VariantContent; date?: string }): void {
  if (!isChannel(input.channel)) throw new ValidationError(`Unexpected channel '${input.channel}'`, 'channel');
  if (input.date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new ValidationError(`date '${input.date}' is not YYYY-MM-DD`, 'date');
  checkMaster(input.master);
  const size = utf8Bytes(contentTexts(input.content).join(''));
  if (size > MAX_CONTENT_BYTES) throw new LimitExceededError(`content is ${size} bytes, over the limit of ${MAX_CONTENT_BYTES}`, 'content', MAX_CONTENT_BYTES);
  checkSections(input.channel, input.content);
}
