import { createHash } from 'node:crypto';
import type { CompiledTemplate } from './template-environment';
import { type TemplateError, toTemplateError } from './template-error';

/** A compiled override, or the located error that compiling it gave. */
export type CompiledOverride = CompiledTemplate | TemplateError;

/**
 * Brand overrides compiled once per distinct source (by SHA-256 of channel, section and source), broken ones
 * included, so a bad override costs one compile, not one per render. Least recently used entries go first.
 */
export class OverrideCache {
  private readonly entries = new Map<string, Promise<CompiledOverride>>();

  constructor(
    private readonly compile: (channel: string, section: string, source: string) => Promise<CompiledTemplate>,
    private readonly capacity = 512,
  ) {}

  /** The compiled override (or its error) for a channel's section. */
  get(channel: string, section: string, source: string): Promise<CompiledOverride> {
    const key = createHash('sha256').update(`${channel}\u0000${section}\u0000${source}`).digest('hex');
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = this.compile(channel, section, source).catch((error: unknown) => toTemplateError(error, overrideName(channel, section)));
    }
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}

/** How an override is named in problems and errors: `TWEET/text (override)`. */
export function overrideName(channel: string, section: string): string {
  return `${channel}/${section} (override)`;
}
