/**
 * # shouting
 *
 * Flags SHOUTING in capitals (`TONE_VIOLATION`, WARNING by default): a run of `minWords` or more words in
 * capitals, or one capitalised word of `minLetters` or more letters. Acronyms are not shouting: words the
 * master itself writes in capitals (IMAX, HIIT, IVA) and protected terms are skipped, and short single
 * words (NEW, SMS, VAT) never count alone.
 *
 * Options: `minWords` (default 2), `minLetters` (default 5).
 *
 * ok: "Live classes in IMAX halls."
 * not ok: "LIVE CLASSES at home." → TONE_VIOLATION "Unexpected 'LIVE CLASSES' in capitals, expected sentence case".
 */
import type { KindExample, RuleContext, RuleFactory, RuleSection } from '../rule-kind';
import { count } from '../rule-options';

function shouted(word: { text: string; lower: string }, ctx: RuleContext): boolean {
  const { text } = word;
  if (text.length < 2 || text === word.lower) return false;
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && !/\d/.test(text) && !ctx.knownUpperCase.has(text);
}

function shoutedRuns(section: RuleSection, ctx: RuleContext, minWords: number, minLetters: number): string[] {
  const runs: string[] = [];
  let run: Array<{ start: number; end: number; text: string }> = [];
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && (run.length >= minWords || run.some((w) => [...w.text].length >= minLetters))) runs.push(section.text.slice(first.start, last.end));
    run = [];
  };
  for (const word of section.words) {
    const previous = run[run.length - 1];
    const adjacent = !previous || /^[\s,:;&-]*$/.test(section.text.slice(previous.end, word.start));
    if (!adjacent) close();
    if (shouted(word, ctx)) run.push(word);
    else close();
  }
  close();
  return runs;
}

/** Compiles a shouting rule. */
export const create: RuleFactory = (options, where) => {
  const minWords = Math.max(1, count(options, 'minWords', where, 2));
  const minLetters = Math.max(1, count(options, 'minLetters', where, 5));
  return {
    id: `${where.pack}.${where.rule}`,
    kind: 'shouting',
    run: (sections, ctx) =>
      sections.flatMap((section) =>
        shoutedRuns(section, ctx, minWords, minLetters).map((text) => ({
          code: 'TONE_VIOLATION' as const,
          severity: 'WARNING' as const,
          message: `Unexpected '${text}' in capitals, expected sentence case`,
          evidence: text,
          section: section.name,
        })),
      ),
  };
};

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: {}, content: { text: 'NEW: live classes in IMAX halls, from HIIT to yoga.' }, expected: [] },
  { lang: 'en', options: {}, content: { text: 'LIVE CLASSES at home.' }, expected: ['TONE_VIOLATION'] },
  { lang: 'ru', options: {}, content: { text: 'Сеансы в залах IMAX по средам.' }, expected: [] },
  { lang: 'ru', options: {}, content: { text: 'ТОЛЬКО СЕГОДНЯ билеты по 350 ₽.' }, expected: ['TONE_VIOLATION'] },
  { lang: 'kk', options: {}, content: { text: 'ҚР бойынша жеткізу тегін.' }, expected: [] },
  { lang: 'kk', options: {}, content: { text: 'ТЕЗІРЕК тапсырыс беріңіз.' }, expected: ['TONE_VIOLATION'] },
  { lang: 'ca', options: {}, content: { text: '30 € al mes, IVA inclòs.' }, expected: [] },
  { lang: 'ca', options: {}, content: { text: 'FIBRA PER A TOTHOM, 30 € al mes.' }, expected: ['TONE_VIOLATION'] },
  { lang: 'fi', options: {}, content: { text: 'Uutta: ke ja pe klo 17–21.' }, expected: [] },
  { lang: 'fi', options: {}, content: { text: 'VIIMEINEN MAHDOLLISUUS ostaa lippu.' }, expected: ['TONE_VIOLATION'] },
];
