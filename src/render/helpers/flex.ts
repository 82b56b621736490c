import type { HelperOptions } from 'handlebars';
import { truncateWords } from './text-tools';

/** One `{{#flex}}` part as the last render pass saw it: its priority, its full length, its minimum useful length. */
export interface FlexPart {
  readonly priority: number;
  readonly length: number;
  readonly min: number;
}

/**
 * The state of one render pass of a fitted section: the caps the fitter set (by part, in call order;
 * `undefined` = full, `0` = dropped) and the parts the pass met. Passed to templates as `@fit`.
 */
export interface FitState {
  readonly caps: readonly (number | undefined)[];
  readonly parts: FlexPart[];
}

const DEFAULT_MIN = 20;

function numberOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Block helper `{{#flex priority=1 min=20}}…{{/flex}}`: content the fitter may shorten (at a word boundary)
 * or drop when the section breaks its channel limit; lower priorities go first. Whitespace around the content
 * is kept, so a dropped part takes its own separator with it.
 */
export function flexHelper(this: unknown, options: HelperOptions): string {
  const state = (options.data as { fit?: FitState } | undefined)?.fit;
  const index = state ? state.parts.length : -1;
  if (state) state.parts.push({ priority: 0, length: 0, min: 0 });
  const content = options.fn(this);
  if (!state) return content;
  const core = content.trim();
  state.parts[index] = {
    priority: numberOption(options.hash.priority, 1),
    length: [...core].length,
    min: numberOption(options.hash.min, DEFAULT_MIN),
  };
  const cap = state.caps[index];
  if (cap === undefined || core === '') return content;
  if (cap <= 0) return '';
  const lead = /^\s*/u.exec(content)?.[0] ?? '';
  const tail = /\s*$/u.exec(content)?.[0] ?? '';
  const short = truncateWords(core, cap);
  return short === '' ? '' : `${lead}${short}${tail}`;
}
