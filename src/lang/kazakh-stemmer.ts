/**
 * A suffix-stripping stemmer for Kazakh, which Snowball lacks.
 *
 * Kazakh is agglutinative: a noun takes plural, possessive and case suffixes in that order
 * (көлік-тер-іңіз-ге "to your cars"), adjectives take -дағы/-ғы/-лық, verbs take tense, person and
 * participle endings. Every suffix has variants by vowel harmony (back а о ұ ы / front ә ө ү і е) and by
 * the preceding consonant (л/д/т, ғ/қ/г/к, н/д/т, м/б/п). We strip the longest known suffix from the end,
 * repeatedly (at most five times), while
 *   1. at least MIN_STEM letters stay and the rest still has a vowel (roots are rarely shorter), and
 *   2. the suffix's vowels agree in harmony with the last vowel of the rest (a back suffix does not follow a
 *      front stem, so "тегін" (free) keeps its "-ін" only where harmony allows: stripped to "тег" either way).
 * Over-stemming is consistent (the same word always gets the same stem), which is what matching needs;
 * it is not a lemmatiser. Loanwords with Russian vowels (и, у, ю, я, э) pass the harmony check.
 * NOTE: short verb suffixes that end many nouns too (negative -ма/-ме, conditional -са/-се) are left out:
 * "бағдарлама" (programme) must stay whole.
 */

const BACK = 'аоұы';
const FRONT = 'әөүіе';
const VOWELS = `${BACK}${FRONT}иуэюя`;
const MIN_STEM = 3;
const MAX_ROUNDS = 5;

/** Suffix variants, grouped by grammatical role; written out by us from standard Kazakh grammar tables. */
const SUFFIX_GROUPS: readonly string[] = [
  // case: genitive, dative, accusative, locative, ablative, instrumental (incl. forms after possessives)
  'ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те нда нде дан ден тан тен нан нен мен бен пен менен',
  // plural
  'лар лер дар дер тар тер',
  // possessive: 1sg 2sg 2sg-polite 3 (after consonant, after vowel) 1pl; accusative after a possessive
  'ым ім ың ің ыңыз іңіз ңыз ңіз ы і сы сі ымыз іміз мыз міз ын ін',
  // attributive and derivational adjectives: -дағы "located in", -ғы "of (time)", -лық "-ly/-ness", -сыз "-less"
  'дағы дегі тағы тегі ндағы ндегі ғы гі қы кі лық лік дық дік тық тік сыз сіз шы ші',
  // verbs: participles, tenses, person endings, converbs, infinitive and its cases
  'ған ген қан кен атын етін йтын йтін ады еді йды йді мын мін бын бін пын пін сың сің ыңдар іңдер ып іп уға уге уды уді уы уі у ңыздар ңіздер',
];

/** Every suffix, longest first, so the longest match is tried first. */
const SUFFIXES: readonly string[] = SUFFIX_GROUPS.flatMap((g) => g.split(' ')).sort((a, b) => b.length - a.length);

function harmonyOf(text: string, fromEnd: boolean): 'back' | 'front' | 'neutral' {
  const chars = fromEnd ? [...text].reverse() : [...text];
  for (const c of chars) {
    if (BACK.includes(c)) return 'back';
    if (FRONT.includes(c)) return 'front';
  }
  return 'neutral';
}

/** The instrumental keeps its vowel after any stem ("досыммен", "бағдарламамен"). */
const HARMONY_FREE = new Set(['мен', 'бен', 'пен', 'менен']);
/** Attributive -ғы/-гі/-қы/-кі follow a consonant (бүгін-гі, жаз-ғы); after a vowel it is a voiced stem + ы/і. */
const AFTER_CONSONANT = new Set(['ғы', 'гі', 'қы', 'кі']);

function canStrip(word: string, suffix: string): boolean {
  const rest = word.slice(0, word.length - suffix.length);
  if ([...rest].length < MIN_STEM || ![...rest].some((c) => VOWELS.includes(c))) return false;
  if (AFTER_CONSONANT.has(suffix) && VOWELS.includes(rest.slice(-1))) return false;
  if (HARMONY_FREE.has(suffix)) return true;
  const stemHarmony = harmonyOf(rest, true);
  const suffixHarmony = harmonyOf(suffix, false);
  return stemHarmony === 'neutral' || suffixHarmony === 'neutral' || stemHarmony === suffixHarmony;
}

/**
 * Voiceless stem-final consonants voice before a vowel-initial suffix (сабақ → сабағы, көлік → көлігі,
 * кітап → кітабы); we undo it after stripping such a suffix.
 */
const DEVOICE: Readonly<Record<string, string>> = { ғ: 'қ', г: 'к', б: 'п' };

/**
 * The stem of a lower-case Kazakh word (see the module comment for the method).
 * NOTE: a voiced final consonant is undone right after its vowel suffix goes, before the next round, so the
 * suffix it belongs to is recognised: кепілдігіміз → кепілдіг → кепілдік → кепіл, as кепілдік → кепіл.
 */
export function stemKazakh(word: string): string {
  let stem = word;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && canStrip(stem, s));
    if (!suffix) break;
    stem = stem.slice(0, stem.length - suffix.length);
    const last = stem.slice(-1);
    if (VOWELS.includes(suffix[0] ?? '') && DEVOICE[last]) stem = stem.slice(0, -1) + DEVOICE[last];
  }
  return stem;
}
