/**
 * # banned-term
 *
 * Flags words and phrases the brand never uses (`BANNED_TERM`, ERROR by default), in any inflection and
 * case: each word of a term matches by stem, so "imperdible" also catches "IMPERDIBLES" and "самая чистая"
 * catches "самую чистую". Use it for claims the brand must not make ("miracle", "effortless") and words
 * off its voice.
 *
 * Options: `terms` (list of words or phrases, default none).
 *
 * ok (terms ["cheap"]): "Fresh meals from €2.90 a day."
 * not ok: "Cheap meals from €2.90 a day." → BANNED_TERM "Unexpected 'Cheap', a banned term (cheap)".
 */
import type { KindExample, RuleFactory } from '../rule-kind';
import { stringList } from '../rule-options';
import { createTermMatcher } from '../term-matcher';
import { wordKeys } from '../../language/word-keys';

/** Compiles a banned-term rule. */
export const create: RuleFactory = (options, where) => {
  const matcher = createTermMatcher(stringList(options, 'terms', where));
  return {
    id: `${where.pack}.${where.rule}`,
    kind: 'banned-term',
    run: (sections, ctx) =>
      matcher.find(sections, wordKeys(ctx.lang, ctx.tools)).map((hit) => ({
        code: 'BANNED_TERM',
        severity: 'ERROR',
        message: `Unexpected '${hit.text}', a banned term (${hit.term}): rephrase without it`,
        evidence: hit.text,
        section: hit.section,
      })),
  };
};

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: { terms: ['cheap', 'burn fat fast'] }, content: { text: 'Fresh meals from €2.90 a day.' }, expected: [] },
  { lang: 'en', options: { terms: ['cheap', 'burn fat fast'] }, content: { text: 'CHEAPEST meals, and you burn fat fast.' }, expected: ['BANNED_TERM'] },
  { lang: 'ru', options: { terms: ['самая чистая'] }, content: { text: 'Чистая вода с доставкой на дом.' }, expected: [] },
  { lang: 'ru', options: { terms: ['самая чистая'] }, content: { text: 'Пейте самую чистую воду в городе.' }, expected: ['BANNED_TERM'] },
  { lang: 'kk', options: { terms: ['ең арзан'] }, content: { text: 'Қолжетімді баға, жайлы көлік.' }, expected: [] },
  { lang: 'kk', options: { terms: ['ең арзан'] }, content: { text: 'Қаладағы ең арзан такси бізде.' }, expected: ['BANNED_TERM'] },
  { lang: 'ca', options: { terms: ['imperdible'] }, content: { text: 'Un cicle de concerts que no et voldràs perdre.' }, expected: [] },
  { lang: 'ca', options: { terms: ['imperdible'] }, content: { text: 'Tres nits IMPERDIBLES de jazz.' }, expected: ['BANNED_TERM'] },
  { lang: 'ca', options: { terms: ['la millor'] }, content: { text: 'Roses de collita pròpia, millors que mai.' }, expected: [] },
  { lang: 'ca', options: { terms: ['la millor'] }, content: { text: 'Les millors roses de Sant Jordi.' }, expected: ['BANNED_TERM'] },
  { lang: 'en', options: { terms: ['must-read'] }, content: { text: 'Join the Reading Club.' }, expected: [] },
  { lang: 'fi', options: { terms: ['paras'] }, content: { text: 'Rannan lämpimin löyly odottaa.' }, expected: [] },
  { lang: 'fi', options: { terms: ['paras'] }, content: { text: 'Kaupungin parasta löylyä!' }, expected: ['BANNED_TERM'] },
];
