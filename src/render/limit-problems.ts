import type { KeyFactRef, LimitProblem } from '../app/ports/renderer';
import { checkLimits, type LimitBreach, measureText } from '../domain/channel/check-limits';
import type { ChannelLimit, ChannelSpec } from '../domain/channel/channel-spec';
import type { TextMetrics } from '../domain/channel/text-metrics';
import type { VariantContent } from '../domain/variant/variant-content';

function isTextMeasure(limit: ChannelLimit): boolean {
  return limit.measure === 'characters' || limit.measure === 'tweetLength';
}

/** The key facts in `evidence` whose removal would bring it within `max`: longest first, as few as needed. */
function factsToBlame(breach: LimitBreach, keyFacts: readonly string[], metrics: TextMetrics): KeyFactRef[] {
  const { evidence, max } = breach;
  if (evidence === undefined || max === undefined || !isTextMeasure(breach.limit)) return [];
  const present = keyFacts
    .map((text, index) => ({ index, text, size: measureText(breach.limit, text, metrics) }))
    .filter((fact) => evidence.includes(fact.text))
    .sort((a, b) => b.size - a.size);
  const blamed: KeyFactRef[] = [];
  let remaining = breach.actual - max;
  for (const fact of present) {
    if (remaining <= 0 && fact.size <= max) break;
    blamed.push({ index: fact.index, text: fact.text });
    remaining -= fact.size;
  }
  return blamed;
}

function messageOf(channel: string, breach: LimitBreach, facts: readonly KeyFactRef[]): string {
  const bound = breach.max !== undefined && breach.actual > breach.max ? `at most ${breach.max}` : `at least ${breach.min}`;
  const base = `Unexpected ${breach.actual} (${breach.limit.measure}) in ${channel} ${breach.section}, expected ${bound}`;
  if (facts.length === 0) return base;
  const named = facts.map((f) => `key fact ${f.index + 1} "${f.text}"`).join(', ');
  return `${base}: ${named} ${facts.length === 1 ? 'does' : 'do'} not fit`;
}

/**
 * The hard limits rendered content still breaks, as render problems. For a text limit, names the key facts
 * that do not fit: the longest ones whose removal would make room, plus any fact that alone exceeds the limit.
 */
export function limitProblems(
  spec: ChannelSpec<string>,
  content: VariantContent,
  keyFacts: readonly string[],
  date: string,
  metrics: TextMetrics,
): LimitProblem[] {
  return checkLimits(spec, content, date, metrics)
    .filter((breach) => breach.limit.level === 'hard')
    .map((breach) => {
      const facts = factsToBlame(breach, keyFacts, metrics);
      return {
        kind: 'CHANNEL_LIMIT',
        channel: spec.channel,
        section: breach.section,
        limitId: breach.limit.id,
        actual: breach.actual,
        min: breach.min,
        max: breach.max,
        keyFacts: facts,
        message: messageOf(spec.channel, breach, facts),
      };
    });
}
