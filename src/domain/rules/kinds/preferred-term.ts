/**
 * # preferred-term
 *
 * Flags a word the brand replaces by its own (`PREFERRED_TERM`, WARNING by default): each entry names the
 * word to `use` and the words it stands `insteadOf`, matched in any inflection and case. Use it for house
 * vocabulary ("coach", not "trainer"; "бутыль", not "баклажка").
 *
 * Options: `terms` (list of `{ use, insteadOf: [...] }`, default none).
 *
 * ok (use "coach" instead of "trainer"): "Every class is led by a coach."
 * not ok: "Every class is led by a trainer." → PREFERRED_TERM "Unexpected 'trainer', expected 'coach'".
 */
import type { KindExample, RuleFactory } from '../rule-kind';
import { invalidOption, objectList } from '../rule-options';
import { createTermMatcher } from '../term-matcher';
import { wordKeys } from '../../language/word-keys';

function preferences(options: unknown, where: Parameters<RuleFactory>[1]): Map<string, string> {
  const byTerm = new Map<string, string>();
  objectList(options, 'terms', where, (entry, path) => {
    const { use, insteadOf } = entry;
    if (typeof use !== 'string' || use.trim() === '') throw invalidOption(where, `${path}.use`, 'must be a non-empty string');
    if (!Array.isArray(insteadOf)) throw invalidOption(where, `${path}.insteadOf`, 'must be a list of strings');
    insteadOf.forEach((word, i) => {
      if (typeof word !== 'string' || word.trim() === '') throw invalidOption(where, `${path}.insteadOf[${i}]`, 'must be a non-empty string');
      byTerm.set(word.trim(), use.trim());
    });
  });
  return byTerm;
}

/** Compiles a preferred-term rule. */
export const create: RuleFactory = (options, where) => {
  const byTerm = preferences(options, where);
  const matcher = createTermMatcher([...byTerm.keys()]);
  return {
    id: `${where.pack}.${where.rule}`,
    kind: 'preferred-term',
    run: (sections, ctx) =>
      matcher.find(sections, wordKeys(ctx.lang, ctx.tools)).map((hit) => ({
        code: 'PREFERRED_TERM',
        severity: 'WARNING',
        message: `Unexpected '${hit.text}', expected '${byTerm.get(hit.term) ?? ''}'`,
        evidence: hit.text,
        section: hit.section,
      })),
  };
};

const coach = { terms: [{ use: 'coach', insteadOf: ['trainer', 'instructor'] }] };
const bottle = { terms: [{ use: 'бутыль', insteadOf: ['баклажка'] }] };
const driver = { terms: [{ use: 'жүргізуші', insteadOf: ['таксист'] }] };
const tickets = { terms: [{ use: 'entrades', insteadOf: ['tiquets'] }] };
const turn = { terms: [{ use: 'saunavuoro', insteadOf: ['saunakerta'] }] };

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: coach, content: { text: 'Every class is led by a coach.' }, expected: [] },
  { lang: 'en', options: coach, content: { text: 'Our Trainers lead every class.' }, expected: ['PREFERRED_TERM'] },
  { lang: 'ru', options: bottle, content: { text: 'Две бутыли воды к вашей двери.' }, expected: [] },
  { lang: 'ru', options: bottle, content: { text: 'Две баклажки воды к вашей двери.' }, expected: ['PREFERRED_TERM'] },
  { lang: 'kk', options: driver, content: { text: 'Жүргізушілеріміз сізді күтеді.' }, expected: [] },
  { lang: 'kk', options: driver, content: { text: 'Таксистеріміз сізді күтеді.' }, expected: ['PREFERRED_TERM'] },
  { lang: 'ca', options: tickets, content: { text: 'Les entrades ja són a la venda.' }, expected: [] },
  { lang: 'ca', options: tickets, content: { text: 'Els tiquets ja són a la venda.' }, expected: ['PREFERRED_TERM'] },
  { lang: 'fi', options: turn, content: { text: 'Varaa saunavuoro verkosta.' }, expected: [] },
  { lang: 'fi', options: turn, content: { text: 'Varaa saunakerta verkosta.' }, expected: ['PREFERRED_TERM'] },
];
