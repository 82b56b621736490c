/**
 * # protected-term
 *
 * Flags a product or brand name written with other casing or spelling (`TERM_CASING`, WARNING by default):
 * "Pawpal" or "Paw Pal" for "PawPal", "JOL comfort" for "Jol Comfort". Inflected forms keep the name's
 * casing ("ЭкоВоды", "Saunalan", "Jol Taxi-де" are fine). Hashtags, mentions and links are not checked.
 * NOTE: a one-word name that is also a common word ("Saunala"/"saunalla", "Connecta"/"connecta") is only
 * flagged when written with capitals in the wrong places: in lower case it is most likely the common word.
 * Likewise a camel-case name split by a space counts only with its capitals kept ("Paw Pal"): "Свет дома"
 * (light of the house) is prose, not "СветДом".
 *
 * Options: `terms` (list of names, exactly as they must be written; default none).
 *
 * ok (terms ["PawPal"]): "PawPal's first cat recipes."
 * not ok: "Pawpal's first cat recipes." → TERM_CASING "Unexpected 'Pawpal', expected 'PawPal'".
 */
import type { KindExample, RuleFactory, RuleSection } from '../rule-kind';
import { stringList } from '../rule-options';
import { insideAny } from '../../text/spans';

interface CompiledTerm {
  readonly term: string;
  readonly pattern: RegExp;
  /** Camel case, all capitals or several words: any other casing is a misspelling. */
  readonly strict: boolean;
}

/** A name starts a word: not after a letter, digit, hashtag, mention, dot, slash, underscore or hyphen. */
const NOT_A_NAME_START = /^[\p{L}\p{N}#@./_-]$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter with a diacritic also matches its bare letter, so "Sala Fenix" is caught as a misspelling of "Sala Fènix". */
const withBareLetters = (part: string) =>
  [...part]
    .map((c) => {
      const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
      return bare !== c && bare.length === 1 && !/[йЙ]/.test(c) ? `[${c}${bare}]` : escape(c);
    })
    .join('');

/** Splits "PawPal" into "Paw" "Pal" so "Paw Pal" and "Paw-Pal" are caught as misspellings too. */
const camelParts = (word: string) => word.split(/(?<=\p{Ll})(?=\p{Lu})/u);

function compileTerm(term: string): CompiledTerm {
  const words = term.split(/\s+/);
  const body = words.map((w) => camelParts(w).map(withBareLetters).join('[\\s-]?')).join('[\\s-]?');
  const last = term.slice(-1);
  const tail = withBareLetters(last);
  const core = /\p{L}/u.test(last) && term.length >= 4 ? `${body.slice(0, -tail.length)}(?:${tail})?` : body;
  const strict = words.length > 1 || camelParts(term).length > 1 || (term === term.toUpperCase() && term.length > 1);
  return { term, pattern: new RegExp(`(${core})`, 'giu'), strict };
}

/** Russian writes ё as е freely: that is no misspelling. */
const yo = (s: string) => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/**
 * A camel-case name written as words with a space between them, where a part lost its capital: prose
 * ("Тепло дома" = warmth at home, for "ТеплоДом"), not the name. "Тепло Дом" and "Paw Pal" are the name.
 */
function proseSplit(t: CompiledTerm, written: string): boolean {
  if (/\s/.test(t.term) || !/\s/.test(written)) return false;
  return written.split(/\s+/).some((part) => !/^\p{Lu}/u.test(part));
}

/** The written form (without inflection) differs from the name: casing, spaces, hyphens or diacritics. */
function misspelt(t: CompiledTerm, written: string): boolean {
  if (yo(written) === yo(t.term.slice(0, written.length)) || proseSplit(t, written)) return false;
  return t.strict || written !== written.toLowerCase();
}

function hits(t: CompiledTerm, section: RuleSection): Array<{ text: string; start: number }> {
  const urls = section.urls;
  const found: Array<{ text: string; start: number }> = [];
  for (const m of section.text.matchAll(t.pattern)) {
    const written = m[1] ?? '';
    const start = m.index ?? 0;
    if (NOT_A_NAME_START.test(section.text.charAt(start - 1)) || insideAny(urls, start, start + written.length) || !misspelt(t, written)) continue;
    found.push({ text: written, start });
  }
  return found;
}

/** Compiles a protected-term rule. */
export const create: RuleFactory = (options, where) => {
  const terms = stringList(options, 'terms', where).map(compileTerm);
  return {
    id: `${where.pack}.${where.rule}`,
    kind: 'protected-term',
    run: (sections) =>
      terms.flatMap((t) =>
        sections.flatMap((section) =>
          hits(t, section).map((hit) => ({
            code: 'TERM_CASING' as const,
            severity: 'WARNING' as const,
            message: `Unexpected '${hit.text}', expected '${t.term}'`,
            evidence: hit.text,
            section: section.name,
          })),
        ),
      ),
  };
};

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: { terms: ['PawPal'] }, content: { text: "PawPal's first cat recipes. #pawpal pawpal.example.com" }, expected: [] },
  { lang: 'en', options: { terms: ['PawPal'] }, content: { text: "Pawpal's first cat recipes." }, expected: ['TERM_CASING'] },
  { lang: 'ru', options: { terms: ['ЭкоВода'] }, content: { text: 'Закажите ЭкоВоду сегодня, с ЭкоВодой проще.' }, expected: [] },
  { lang: 'ru', options: { terms: ['ЭкоВода'] }, content: { text: 'Закажите Эководу сегодня.' }, expected: ['TERM_CASING'] },
  { lang: 'ru', options: { terms: ['СветДом'] }, content: { text: 'Свет дома не гаснет: СветДом рядом.' }, expected: [] },
  { lang: 'ru', options: { terms: ['СветДом'] }, content: { text: 'Закажите лампы в Свет Доме.' }, expected: ['TERM_CASING'] },
  { lang: 'kk', options: { terms: ['Jol Comfort'] }, content: { text: 'Jol Comfort-тың көліктері жаңа. #JolComfort' }, expected: [] },
  { lang: 'kk', options: { terms: ['Jol Comfort'] }, content: { text: 'JOL comfort тарифі іске қосылды.' }, expected: ['TERM_CASING'] },
  { lang: 'ca', options: { terms: ['Connecta'] }, content: { text: 'Connecta et porta la fibra. Connecta la teva llar.' }, expected: [] },
  { lang: 'ca', options: { terms: ['FibraMax'] }, content: { text: 'Contracta Fibramax avui.' }, expected: ['TERM_CASING'] },
  { lang: 'ca', options: { terms: ['Sala Fènix'] }, content: { text: 'Concert a la Sala Fenix.' }, expected: ['TERM_CASING'] },
  { lang: 'ca', options: { terms: ['Sala Fènix'] }, content: { text: 'Concert a la Sala Fènix, #SalaFènix.' }, expected: [] },
  { lang: 'fi', options: { terms: ['Saunala'] }, content: { text: 'Saunalan löylyt. Saunalla on tilaa.' }, expected: [] },
  { lang: 'fi', options: { terms: ['Saunala'] }, content: { text: 'Tervetuloa SaunaLaan!' }, expected: ['TERM_CASING'] },
];
