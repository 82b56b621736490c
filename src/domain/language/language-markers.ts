/**
 * Markers that tell close languages apart where statistical identifiers hesitate on short copy: letters,
 * word endings and function words that are frequent in one language and absent (or rare) in its neighbour.
 * Lower-case. Source: the languages' alphabets and orthography, their productive suffixes and their most
 * frequent function words (Universal Dependencies frequency lists), chosen by us so that no word is common
 * in both languages of a pair. The word lists below are general: none is there for a particular case.
 */
/** Catalan function words and frequent verb forms that Spanish writes differently. */
const CATALAN_WORDS = [
  'i amb els als dels pels per és són eren molt molta molts moltes aquest aquesta aquests aquestes això allò',
  'teu teva teus teves nostre nostra nostres vostre vostra seu seva seus seves meu meva',
  'avui ara demà fins també però què perquè quan on qui des doncs encara sempre mai res gens tothom cap',
  'ens us hi ho li amb sense més ja tots totes nou nova noves dies setmana gràcies fer pots pot podeu vine',
].join(' ');

/** Spanish function words and frequent verb forms that Catalan writes differently. */
const SPANISH_WORDS = [
  'y con los las para por muy está están estar su sus hasta pero porque desde todo toda todos todas',
  'hoy ahora mañana nuevo nueva nuevos también qué cómo dónde cuándo cuál más sin hay nos os le mi mis tus',
  'nuestro nuestra nuestros vuestro vuestra uno ya gracias semana día días año años hacer puedes puede podéis',
  'tiene tienes eres somos hemos ven nunca nada siempre todavía cuando donde quien como',
].join(' ');

/** Estonian function words that are not Finnish words. */
const ESTONIAN_WORDS = 'ning ka või kui see seda selle siis nüüd juba veel ainult iga meie teie sinu minu tema nad mis kes kus kuidas pärast eest jaoks koos kuni';

/** Finnish function words that are not Estonian words. */
const FINNISH_WORDS = 'että kanssa mutta myös sekä tai kun jos vain ovat kaikki tämä nämä joka jotka niin kuin nyt';

/** A space-separated word list as a set. */
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/**
 * A language's marks: `spelling` (letters and endings, a global regex) and `words` (lower-case function words,
 * counted by set look-up, which costs far less than a regex alternation tried at every letter).
 */
export interface Marker {
  readonly spelling: RegExp;
  readonly words: ReadonlySet<string>;
}

export const MARKERS = {
  /** Letters only Kazakh writes among ru/kk/uk (і is shared with Ukrainian). */
  kazakhLetters: /[әғқңөұүһ]/u,
  /** Ukrainian letters and the in-word apostrophe (п'ять), never Russian or Kazakh. */
  ukrainianLetters: /[їєґ]|\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/u,
  /** Cyrillic і: Kazakh, Ukrainian or Belarusian, never Russian. */
  dottedI: /і/u,
  /** Belarusian ў, never Russian, Ukrainian or Kazakh. */
  belarusianLetters: /ў/u,
  /** Russian function words Kazakh has no separate word for (it uses suffixes). "не" and "да" are Kazakh too. */
  russianFunctionWords: new Set('и в во на с со к ко о об от для по из без при что это как все всё вы вас вам ваш ваша ваше ваши или но уже только мы нас наш он она они же бы ли где ещё еще'.split(' ')),
  /** Ukrainian function words Russian does not have. */
  ukrainianWords: new Set('та що це від або вже лише також щоб зараз як й із зі дуже буде вона воно вони коли тому чи ще цей ця ці свій своє'.split(' ')),
  /**
   * Catalan, never Spanish: the letters à è ò ï ç and l·l; the endings -ció/-cions, -tat/-tats, -ment, -eix/-aix,
   * -ny and -ig; elided articles and pronouns (l', d', s', n', m', t'); and the most frequent function words and
   * verb forms Spanish spells otherwise (i/y, amb/con, els/los, per/para, és/es, molt/muy, avui/hoy, ara/ahora…).
   */
  catalan: {
    spelling: /l·l|[àèòïç]|(?<=\p{L}\p{L})(?:ció|cions|tat|tats|ment|eix|aix|ny|ig)(?!\p{L})|(?<!\p{L})[ldsnmt]['’](?=\p{L})/giu,
    words: wordSet(CATALAN_WORDS),
  },
  /**
   * Spanish, never Catalan: the letters ñ á and ¿ ¡; the endings -ción/-ciones, -dad/-dades, -mente and the
   * masculine participles -ado/-ido(s) (Catalan -at/-it); and the frequent function words and verb forms
   * Catalan spells otherwise (y, con, los, las, para, muy, hoy, ahora, pero, sin, hay…).
   */
  spanish: { spelling: /[ñá¿¡]|(?<=\p{L}\p{L})(?:ción|ciones|dad|dades|mente|ado|ados|ido|idos)(?!\p{L})/giu, words: wordSet(SPANISH_WORDS) },
  /** Estonian, never Finnish: õ, ü, š, ž; words ending in b, d or g; and frequent function words Finnish lacks. */
  estonian: { spelling: /[õüšž]|(?<=\p{L}\p{L})[bdg](?!\p{L})/giu, words: wordSet(ESTONIAN_WORDS) },
  /** Finnish, never Estonian: y, the case endings -ssa/-ssä, -sta/-stä, -lla/-llä, -lta/-ltä, and function words. */
  finnish: { spelling: /y|(?<=\p{L}\p{L})(?:ss[aä]|st[aä]|ll[aä]|lt[aä])(?!\p{L})/giu, words: wordSet(FINNISH_WORDS) },
  /** Swedish å and function words Finnish has not. */
  swedish: { spelling: /å/giu, words: wordSet('och att för på är med till du vi det som inte') },
} as const;

/** The script a first-class language is written in. */
export const SCRIPTS: Readonly<Record<string, 'Latin' | 'Cyrillic'>> = { en: 'Latin', ca: 'Latin', fi: 'Latin', es: 'Latin', sv: 'Latin', et: 'Latin', ru: 'Cyrillic', kk: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic' };

/**
 * Languages a wrong-language variant is realistically in: our languages, their neighbours and the large
 * European ones. Any other verdict on short copy (ky, tt, fy, ceb…) is identifier noise, never a flag.
 */
export const PLAUSIBLE_LANGUAGES: ReadonlySet<string> = new Set(['en', 'ru', 'kk', 'ca', 'fi', 'uk', 'be', 'es', 'sv', 'et', 'de', 'fr', 'it', 'pt', 'pl', 'nl', 'da', 'no', 'lv', 'lt', 'tr']);
