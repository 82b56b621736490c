import { type ChannelLimit, type ChannelSpec, limitValueOn, type Measure } from '../domain/channel/channel-spec';

/** A channel limit as the prompt states it. */
export interface LimitText {
  readonly sections: string;
  readonly rule: string;
  readonly hard: boolean;
  readonly note: string;
}

const UNITS: Readonly<Record<Measure, string>> = {
  tweetLength: 'weighted characters',
  characters: 'characters',
  items: 'items',
  hashtags: 'hashtags',
  headings: 'markdown headings (lines starting with ##)',
};

function ruleOf(limit: ChannelLimit, date: string): string | undefined {
  const { min, max } = limitValueOn(limit, date);
  const unit = UNITS[limit.measure];
  if (min !== undefined && max !== undefined) return `between ${min} and ${max} ${unit}`;
  if (max !== undefined) return `at most ${max} ${unit}`;
  if (min !== undefined) return `at least ${min} ${unit}`;
  return undefined;
}

/** The limits of a channel in force on `date`, in words, from the spec's data (the same data the drift engine checks). */
export function describeLimits(spec: ChannelSpec, date: string): LimitText[] {
  return spec.limits.flatMap((limit) => {
    const rule = ruleOf(limit, date);
    return rule ? [{ sections: limit.sections.join(' + '), rule, hard: limit.level === 'hard', note: limit.note }] : [];
  });
}
