/**
 * Markers that tell close languages apart where statistical identifiers hesitate on short copy: letters
 * and function words that are frequent in one language and absent (or rare) in its neighbour.
 * Lower-case. Source: the languages' alphabets and their most frequent function words (Universal
 * Dependencies frequency lists), chosen by us so that no word is common in both languages of a pair.
 */
export const MARKERS = {
  /** Letters only Kazakh writes among ru/kk/uk (і is shared with Ukrainian). */
  kazakhLetters: /[әғқңөұүһ]/u,
  /** Ukrainian letters and the in-word apostrophe (п'ять), never Russian or Kazakh. */
  ukrainianLetters: /[їєґ]|\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/u,
  /** Cyrillic і: Kazakh, Ukrainian or Belarusian, never Russian. */
  dottedI: /і/u,
  /** Russian function words Kazakh has no separate word for (it uses suffixes). "не" and "да" are Kazakh too. */
  russianFunctionWords: new Set('и в во на с со к ко о об от для по из без при что это как все всё вы вас вам ваш ваша ваше ваши или но уже только мы нас наш он она они же бы ли где ещё еще'.split(' ')),
  /** Ukrainian function words Russian does not have. */
  ukrainianWords: new Set('та що це від або вже лише також щоб зараз як й із зі дуже буде вона воно вони коли тому чи ще цей ця ці свій своє'.split(' ')),
  /** Catalan-only letters, endings and function words (Spanish writes ñ, á, -ción, y, con, los instead). */
  catalan: /l·l|[àèòïç]|ció(?!\p{L})|(?<!\p{L})(?:i|amb|els|per|és|molt|dels|aquest|aquesta|teu|teva|nostre|nostra|avui|ara|fins|gràcies|setmana|sense|també|però|què|perquè|des|nou|nova|tots|totes|dies|més|seu|seva|ja|pots|vine|fer)(?!\p{L})|(?<!\p{L})[ldsnmt]['’](?=\p{L})/giu,
  /** Spanish-only letters, endings and function words. */
  spanish: /[ñá¿¡]|ción(?!\p{L})|(?<!\p{L})(?:y|con|los|para|por|muy|está|están|su|sus|hasta|gracias|semana|sin|también|pero|qué|porque|desde|nuevo|nueva|todo|todos|días|día|hoy|ahora|nuestro|nuestra|uno|ya|puedes|ven|hacer|incluido|incluida)(?!\p{L})/giu,
  /** Estonian õ and ü (Finnish writes y). */
  estonian: /[õü]/gu,
  /** Swedish å and function words Finnish has not. */
  swedish: /å|(?<!\p{L})(?:och|att|för|på|är|med|till|du|vi|det|som|inte)(?!\p{L})/giu,
} as const;

/** The script a first-class language is written in. */
export const SCRIPTS: Readonly<Record<string, 'Latin' | 'Cyrillic'>> = { en: 'Latin', ca: 'Latin', fi: 'Latin', es: 'Latin', sv: 'Latin', et: 'Latin', ru: 'Cyrillic', kk: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic' };

/**
 * Languages a wrong-language variant is realistically in: our languages, their neighbours and the large
 * European ones. Any other verdict on short copy (ky, tt, fy, ceb…) is identifier noise, never a flag.
 */
export const PLAUSIBLE_LANGUAGES: ReadonlySet<string> = new Set(['en', 'ru', 'kk', 'ca', 'fi', 'uk', 'be', 'es', 'sv', 'et', 'de', 'fr', 'it', 'pt', 'pl', 'nl', 'da', 'no', 'lv', 'lt', 'tr']);
