/**
 * # exclamation-limit
 *
 * Flags copy with more exclamation marks than the brand allows (`TONE_VIOLATION`, WARNING by default).
 * Every `!` counts (also `!!!` and the Spanish-style `¡`), across all sections of the variant, since the
 * reader meets them together.
 *
 * Options: `max` (whole number ≥ 0; default: no limit, the rule does nothing).
 *
 * ok (max 1): "Hello! New classes every week."
 * not ok: "NEW!!! Classes every week!" → TONE_VIOLATION "Unexpected 4 exclamation marks, expected at most 1".
 */
import type { KindExample, RuleFactory } from '../rule-kind';
import { count } from '../rule-options';

/** Compiles an exclamation-limit rule. */
export const create: RuleFactory = (options, where) => {
  const max = count(options, 'max', where, Number.POSITIVE_INFINITY);
  return {
    id: `${where.pack}.${where.rule}`,
    kind: 'exclamation-limit',
    run: (sections) => {
      const marks = sections.map((s) => ({ s, n: (s.text.match(/[!¡]/g) ?? []).length })).filter(({ n }) => n > 0);
      const total = marks.reduce((sum, { n }) => sum + n, 0);
      if (total <= max) return [];
      const worst = marks.reduce((a, b) => (b.n > a.n ? b : a));
      return [
        {
          code: 'TONE_VIOLATION',
          severity: 'WARNING',
          message: `Unexpected ${total} exclamation marks, expected at most ${max}`,
          evidence: worst.s.text.length > 200 ? `${worst.s.text.slice(0, 200)}…` : worst.s.text,
          section: worst.s.name,
        },
      ];
    },
  };
};

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: { max: 1 }, content: { text: 'Hello! New classes every week.' }, expected: [] },
  { lang: 'en', options: { max: 1 }, content: { text: 'NEW!!! Classes every week!' }, expected: ['TONE_VIOLATION'] },
  { lang: 'ru', options: { max: 1 }, content: { text: 'Здравствуйте! Вода уже в пути.' }, expected: [] },
  { lang: 'ru', options: { max: 1 }, content: { text: 'Ура! Вода уже в пути!' }, expected: ['TONE_VIOLATION'] },
  { lang: 'kk', options: { max: 2 }, content: { text: 'Сәлеметсіз бе! Жаңа зал ашылды!' }, expected: [] },
  { lang: 'kk', options: { max: 2 }, content: { text: 'Жаңа зал ашылды!!! Келіңіз!' }, expected: ['TONE_VIOLATION'] },
  { lang: 'ca', options: { max: 0 }, content: { text: 'Hola, ja tens la fibra a casa.' }, expected: [] },
  { lang: 'ca', options: { max: 0 }, content: { text: 'Ja tens la fibra a casa!' }, expected: ['TONE_VIOLATION'] },
  { lang: 'fi', options: { max: 1 }, channel: 'INSTAGRAM_CAROUSEL', content: { slides: ['Löylyt odottavat!', 'Tervetuloa'], caption: 'Liput bion linkistä.' }, expected: [] },
  { lang: 'fi', options: { max: 1 }, channel: 'INSTAGRAM_CAROUSEL', content: { slides: ['Löylyt odottavat!', 'Tervetuloa!'], caption: 'Liput bion linkistä.' }, expected: ['TONE_VIOLATION'] },
];
