import type { FitState, FlexPart } from './helpers/flex';

/** The outcome of fitting a section: the text and by how much it still breaks its tightest limit (0 = fits). */
export interface FitOutcome {
  readonly text: string;
  readonly overflow: number;
}

const MAX_PASSES = 16;

/** The flex part to shorten next: the lowest priority still present; among equals, the last one. */
function nextPart(parts: readonly FlexPart[], caps: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  parts.forEach((part, i) => {
    const current = caps[i] ?? part.length;
    if (current <= 0) return;
    const chosen = best === undefined ? undefined : parts[best];
    if (chosen === undefined || part.priority <= chosen.priority) best = i;
  });
  return best;
}

/**
 * Renders a section again and again, shortening its `{{#flex}}` parts (lowest priority first, at word
 * boundaries, dropping a part once it would be shorter than its `min`) until `overflowOf(text) <= 0`.
 * Content outside flex parts (key facts, the CTA URL) is never cut: if it alone breaks the limit, the outcome
 * keeps the overflow and the caller reports it.
 */
export function fitSection(render: (state: FitState) => string, overflowOf: (text: string) => number): FitOutcome {
  const caps: (number | undefined)[] = [];
  let state: FitState = { caps, parts: [] };
  let text = render(state);
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const overflow = overflowOf(text);
    if (overflow <= 0) return { text, overflow: 0 };
    const target = nextPart(state.parts, caps);
    const part = target === undefined ? undefined : state.parts[target];
    if (target === undefined || part === undefined) return { text, overflow };
    const next = (caps[target] ?? part.length) - overflow - 1;
    caps[target] = next < part.min ? 0 : next;
    state = { caps, parts: [] };
    text = render(state);
  }
  return { text, overflow: Math.max(0, overflowOf(text)) };
}
