/**
 * # emoji
 *
 * Flags emoji in copy of a brand that does not use them (`TONE_VIOLATION`, WARNING by default). The
 * compiler adds this rule only when the brand's `allowEmoji` is false. Pictographs, flags and keycaps
 * count; ©, ® and ™ do not.
 *
 * Options: none.
 *
 * ok: "Fibra d'1 Gb per 30 € al mes."
 * not ok: "Fibra d'1 Gb per 30 € al mes 🚀" → TONE_VIOLATION "Unexpected emoji '🚀', expected none".
 */
import type { KindExample, RuleFactory } from '../rule-kind';

/** An emoji: a pictograph (not ©®™ or ‼), a regional-indicator flag, or a keycap. */
const EMOJI = /(?![©®™‼⁉])\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3/gu;

/** Compiles an emoji rule. */
export const create: RuleFactory = (_options, where) => ({
  id: `${where.pack}.${where.rule}`,
  kind: 'emoji',
  run: (sections) =>
    sections.flatMap((s) => {
      const found = s.text.match(EMOJI);
      if (!found) return [];
      return [
        {
          code: 'TONE_VIOLATION' as const,
          severity: 'WARNING' as const,
          message: `Unexpected emoji '${found.join('')}', expected none`,
          evidence: found.join(''),
          section: s.name,
        },
      ];
    }),
});

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: {}, content: { text: 'Lumen Fit™: live classes at home.' }, expected: [] },
  { lang: 'en', options: {}, content: { text: 'Live classes at home 💪' }, expected: ['TONE_VIOLATION'] },
  { lang: 'ru', options: {}, content: { text: 'Вода к вашей двери.' }, expected: [] },
  { lang: 'ru', options: {}, content: { text: 'Вода к вашей двери 💧' }, expected: ['TONE_VIOLATION'] },
  { lang: 'kk', options: {}, content: { text: 'Әуежайға тұрақты бағамен.' }, expected: [] },
  { lang: 'kk', options: {}, content: { text: 'Әуежайға тұрақты бағамен ✈️' }, expected: ['TONE_VIOLATION'] },
  { lang: 'ca', options: {}, content: { text: "Fibra d'1 Gb per 30 € al mes." }, expected: [] },
  { lang: 'ca', options: {}, content: { text: "Fibra d'1 Gb per 30 € al mes 🚀" }, expected: ['TONE_VIOLATION'] },
  { lang: 'fi', options: {}, content: { text: 'Löylyt meren rannalla.' }, expected: [] },
  { lang: 'fi', options: {}, content: { text: 'Löylyt meren rannalla 🇫🇮' }, expected: ['TONE_VIOLATION'] },
];
