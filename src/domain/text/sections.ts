import { type Channel, channelSpec } from '../channel';
import type { VariantContent } from '../variant/variant-content';

/** One piece of a variant's copy: `text`, `subject`, `body`, `slides[2]`, `caption`, … */
export interface Section {
  /** The content field, with a 1-based index for list fields (`slides[2]`). */
  readonly name: string;
  /** The content field without index (`slides`). */
  readonly field: string;
  readonly text: string;
}

/**
 * The sections of `content` that `channel` reads, in the channel spec's order. Fields the channel does not
 * have are ignored (one content shape serves every channel).
 */
export function channelSections(channel: Channel, content: VariantContent): Section[] {
  return channelSpec(channel).sections.flatMap(({ name }) => {
    const value = content[name];
    if (value === undefined) return [];
    if (typeof value === 'string') return [{ name, field: name, text: value }];
    return value.map((text, i) => ({ name: `${name}[${i + 1}]`, field: name, text }));
  });
}
