/**
 * # channel-limit
 *
 * Flags copy that breaks a limit of its channel (`CHANNEL_LIMIT`): tweets over 280 weighted characters
 * (twitter-text rules: a URL counts 23), Instagram captions over 2,200 characters, more than 20 slides,
 * more hashtags than the platform allows on the check's date, email subjects over 78 characters. The limits
 * are data in the channel specs (src/domain/channel/specs), each with the date it took effect. A `hard`
 * limit is ERROR by default; a `recommended` one (blog title ≤ 60, subject ≤ 50) only a SUGGESTION.
 *
 * Options: none (the default pack adds it for every brand).
 *
 * ok (EMAIL): subject "Your first box is 50% off".
 * not ok: an 80-character subject → CHANNEL_LIMIT "Unexpected 80 characters in subject, expected at most 78".
 */
import { checkLimits, type LimitBreach } from '../../channel/check-limits';
import type { KindExample, RuleFactory } from '../rule-kind';

const MEASURES: Readonly<Record<string, string>> = { tweetLength: 'weighted characters', characters: 'characters', items: 'slides', hashtags: 'hashtags' };

function message(b: LimitBreach): string {
  const unit = MEASURES[b.limit.measure] ?? b.limit.measure;
  const expected = b.max !== undefined && b.actual > b.max ? `at most ${b.max}` : `at least ${b.min ?? 0}`;
  return `Unexpected ${b.actual} ${unit} in ${b.section}, expected ${expected} (${b.limit.note})`;
}

/** Compiles a channel-limit rule. */
export const create: RuleFactory = (_options, where) => ({
  id: `${where.pack}.${where.rule}`,
  kind: 'channel-limit',
  run: (_sections, ctx) =>
    checkLimits(ctx.spec, ctx.content, ctx.date, ctx.tools).map((b) => ({
      code: 'CHANNEL_LIMIT' as const,
      severity: b.limit.level === 'hard' ? ('ERROR' as const) : ('SUGGESTION' as const),
      message: message(b),
      ...(b.evidence === undefined ? {} : { evidence: b.evidence.length > 200 ? `${b.evidence.slice(0, 200)}…` : b.evidence }),
      section: b.section,
    })),
});

const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: {}, channel: 'EMAIL', content: { subject: 'Your first box is 50% off', body: 'Hi' }, expected: [] },
  { lang: 'en', options: {}, channel: 'EMAIL', content: { subject: long('Lumen+ live classes', 5), body: 'Hi' }, expected: ['CHANNEL_LIMIT'] },
  { lang: 'ru', options: {}, content: { text: 'Кулер в аренду за 1 ₽ в месяц.' }, expected: [] },
  { lang: 'ru', options: {}, content: { text: long('Кулер в аренду за 1 ₽ в месяц.', 10) }, expected: ['CHANNEL_LIMIT'] },
  { lang: 'kk', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: { slides: ['Жаңа зал', 'Абай даңғылы, 150'], caption: '#AlmaFitness #Алматы' }, expected: [] },
  { lang: 'kk', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: { slides: ['Жаңа зал'], caption: 'Жаңа зал' }, expected: ['CHANNEL_LIMIT'] },
  { lang: 'ca', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: { slides: ['Jazz', 'Dijous'], caption: '#jazz #SalaFènix' }, expected: [] },
  { lang: 'ca', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: { slides: ['Jazz', 'Dijous'], caption: '#jazz #sala #fènix #música #directe #barcelona' }, expected: ['CHANNEL_LIMIT'] },
  { lang: 'fi', options: {}, content: { text: 'Ratsu-kausi alkaa 2.5. https://ratsu.example.fi/kausi' }, expected: [] },
  { lang: 'fi', options: {}, content: { text: long('Kausimaksu on 35 € ja sillä ajat koko kesän.', 8) }, expected: ['CHANNEL_LIMIT'] },
];
