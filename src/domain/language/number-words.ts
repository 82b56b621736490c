import type { PerLanguage } from './languages';

/** Finnish numeral stems 2–10 in the oblique cases and their illatives (kahte-en: "into two"). */
const FI_STEMS: ReadonlyArray<[number, string, string]> = [
  [2, 'kahde', 'kahteen'], [3, 'kolme', 'kolmeen'], [4, 'neljä', 'neljään'], [5, 'viide', 'viiteen'], [6, 'kuude', 'kuuteen'],
  [7, 'seitsemä', 'seitsemään'], [8, 'kahdeksa', 'kahdeksaan'], [9, 'yhdeksä', 'yhdeksään'], [10, 'kymmene', 'kymmeneen'],
];

/**
 * Every local and translative case of the Finnish numerals 2–10 ("kahdessa arkipäivässä" = in two working
 * days, "viidellä eurolla"), with the ending's vowel in harmony with the stem.
 */
function finnishCases(): Record<string, number> {
  const forms: Record<string, number> = {};
  for (const [value, stem, illative] of FI_STEMS) {
    const back = /[aou]/.test(stem);
    for (const ending of ['ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'na']) forms[stem + (back ? ending : ending.replace(/a/g, 'ä'))] = value;
    forms[illative] = value;
  }
  return forms;
}

/**
 * Cardinal number words (every number from 2 to 20, the round tens to 90, and 100) with their common
 * inflected forms, so "two weeks", "две недели", "екі апта", "dues setmanes" and "kaksi viikkoa" carry the
 * value 2. "One" is left out on purpose: in en, ca and kk it doubles as an article ("a", "un", "бір"), so it
 * proves nothing. Words that are also common nouns or adjectives (ca "nou" = new, kk "жүз" = face) are left
 * out too, as are compound numerals written in two words (kk "он бір" = 11).
 *
 * Source: the languages' standard numeral paradigms (nominative, genitive, partitive/oblique forms most used
 * in marketing copy), written down by us. Lower-case; the value is the number.
 */
export const NUMBER_WORDS: PerLanguage<Readonly<Record<string, number>>> = {
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  },
  ru: {
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2, три: 3, трёх: 3, трех: 3, трём: 3, тремя: 3, четыре: 4,
    четырёх: 4, четырех: 4, четырьмя: 4, пять: 5, пяти: 5, пятью: 5, шесть: 6, шести: 6, семь: 7, семи: 7,
    восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, одиннадцать: 11, одиннадцати: 11,
    двенадцать: 12, двенадцати: 12, тринадцать: 13, тринадцати: 13, четырнадцать: 14, четырнадцати: 14,
    пятнадцать: 15, пятнадцати: 15, шестнадцать: 16, шестнадцати: 16, семнадцать: 17, семнадцати: 17,
    восемнадцать: 18, восемнадцати: 18, девятнадцать: 19, девятнадцати: 19, двадцать: 20, двадцати: 20,
    тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50, пятидесяти: 50, шестьдесят: 60,
    шестидесяти: 60, семьдесят: 70, семидесяти: 70, восемьдесят: 80, восьмидесяти: 80, девяносто: 90,
    девяноста: 90, сто: 100, ста: 100, полтора: 1.5, полторы: 1.5, полутора: 1.5,
  },
  kk: {
    екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9, он: 10, жиырма: 20, отыз: 30,
    қырық: 40, елу: 50, алпыс: 60, жетпіс: 70, сексен: 80, тоқсан: 90,
  },
  ca: {
    dos: 2, dues: 2, tres: 3, quatre: 4, cinc: 5, sis: 6, set: 7, vuit: 8, deu: 10, onze: 11,
    dotze: 12, tretze: 13, catorze: 14, quinze: 15, setze: 16, disset: 17, divuit: 18, dinou: 19, vint: 20,
    trenta: 30, quaranta: 40, cinquanta: 50, seixanta: 60, setanta: 70, vuitanta: 80, noranta: 90, cent: 100,
  },
  fi: {
    ...finnishCases(),
    kaksi: 2, kahden: 2, kahta: 2, kahdeksi: 2, kolme: 3, kolmen: 3, kolmea: 3, neljä: 4, neljän: 4, neljää: 4,
    viisi: 5, viiden: 5, viittä: 5, kuusi: 6, kuuden: 6, kuutta: 6, seitsemän: 7, seitsemää: 7,
    kahdeksan: 8, kahdeksaa: 8, yhdeksän: 9, yhdeksää: 9, kymmenen: 10, kymmentä: 10, yksitoista: 11,
    yhdentoista: 11, kaksitoista: 12, kahdentoista: 12, kolmetoista: 13, kolmentoista: 13, neljätoista: 14,
    neljäntoista: 14, viisitoista: 15, viidentoista: 15, kuusitoista: 16, kuudentoista: 16,
    seitsemäntoista: 17, kahdeksantoista: 18, yhdeksäntoista: 19, kaksikymmentä: 20, kahdenkymmenen: 20,
    kolmekymmentä: 30, neljäkymmentä: 40, viisikymmentä: 50, kuusikymmentä: 60, seitsemänkymmentä: 70,
    kahdeksankymmentä: 80, yhdeksänkymmentä: 90, sata: 100, sadan: 100, puolitoista: 1.5, puolentoista: 1.5,
  },
};

/**
 * Multiplicative adverbs: how many times ("twice", "трижды", "kolmesti" = three times). They state their number
 * like a number word but never count a unit: "kolmesti päivässä" is three times a day, not three days.
 * kk and ca say it in two words ("үш рет", "tres vegades"), which the number word already carries.
 * Source: the languages' numeral paradigms, written down by us.
 */
export const MULTIPLICATIVE_WORDS: PerLanguage<Readonly<Record<string, number>>> = {
  en: { twice: 2, thrice: 3 },
  ru: { дважды: 2, трижды: 3, четырежды: 4 },
  kk: {},
  ca: {},
  fi: { kahdesti: 2, kolmesti: 3, neljästi: 4, viidesti: 5, kuudesti: 6 },
};

/**
 * How each language adds a half to a counted unit: an `infix` between number and unit ("two and a half hours",
 * "два с половиной часа", "kaksi ja puoli tuntia", "екі жарым сағат") or a `suffix` after the unit ("dues hores
 * i mitja", "an hour and a half"); `one`: the words for one that may start such a phrase ("una hora i mitja").
 * Regex fragments, lower-case. Source: the languages' grammars, written down by us.
 */
export const HALF_WORDS: PerLanguage<{ readonly infix: string; readonly suffix: string; readonly one: string }> = {
  en: { infix: 'and a half', suffix: 'and a half', one: 'one|an|a' },
  ru: { infix: 'с половиной', suffix: '', one: 'один|одна|одну|одного' },
  kk: { infix: 'жарым', suffix: '', one: 'бір' },
  ca: { infix: '', suffix: 'i mitja|i mitjà', one: 'una|un' },
  fi: { infix: 'ja puoli', suffix: '', one: 'yksi|yhden' },
};

/**
 * Words that multiply the number before them ("45 мың ₸" = 45 000 ₸, "5 тыс. ₽", "£1.2 million", "45 mil
 * euros", "2 miljoonaa"), with their factor. `glued` forms only count written right after the digits ("£45k",
 * "€2m"), where they cannot be a unit or an article. Whole-word regex fragments, lower-case.
 * Source: the languages' numeral systems and their standard abbreviations, written down by us.
 */
export const SCALE_WORDS: PerLanguage<ReadonlyArray<{ readonly forms: string; readonly factor: number; readonly glued?: boolean }>> = {
  en: [
    { forms: 'thousand', factor: 1e3 },
    { forms: 'million|mln', factor: 1e6 },
    { forms: 'billion', factor: 1e9 },
    { forms: 'k', factor: 1e3, glued: true },
    { forms: 'm|mn', factor: 1e6, glued: true },
    { forms: 'bn', factor: 1e9, glued: true },
  ],
  ru: [
    { forms: 'тыс\\.?|тысяч\\p{L}*|тысяча', factor: 1e3 },
    { forms: 'млн\\.?|миллион\\p{L}*', factor: 1e6 },
    { forms: 'млрд\\.?|миллиард\\p{L}*', factor: 1e9 },
  ],
  kk: [
    { forms: 'мың\\p{L}*', factor: 1e3 },
    { forms: 'млн\\.?|миллион\\p{L}*', factor: 1e6 },
    { forms: 'млрд\\.?|миллиард\\p{L}*', factor: 1e9 },
  ],
  ca: [
    { forms: 'mil', factor: 1e3 },
    { forms: 'milions?|mln\\.?', factor: 1e6 },
  ],
  fi: [
    { forms: 'tuhatta|tuhannen|tuhat', factor: 1e3 },
    { forms: 'milj\\.?|miljoona\\p{L}*', factor: 1e6 },
    { forms: 'mrd\\.?|miljardi\\p{L}*', factor: 1e9 },
  ],
};

/**
 * Phrases that state a 50 % discount in words: "half price", "pay half", "за полцены", "вдвое дешевле",
 * "жарты бағасына", "a meitat de preu", "pagues la meitat", "puoleen hintaan", "maksaa vain puolet".
 * Regex fragments (case-insensitive, whole words). Source: the languages' usual ways to say "half the price"
 * and "pay/cost half", written down by us.
 */
export const HALF_PRICE_PHRASES: PerLanguage<readonly string[]> = {
  en: ['half[- ]price', 'half off', 'half the (?:price|cost)', '(?:pay|pays|paying|cost|costs) (?:just |only )?half'],
  ru: ['(?:за )?полцены', 'половин\\p{L}* (?:цены|стоимости)', '(?:вдвое|в два раза) дешевле', 'плат\\p{L}* (?:только )?половину'],
  kk: ['жарты бағ\\p{L}*', 'бағасының жартысы\\p{L}*', 'екі есе арзан\\p{L}*'],
  ca: ['(?:a )?meitat de preu', 'mig preu', 'la meitat del preu', '(?:pag\\p{L}*|costa|val) (?:només )?la meitat'],
  fi: ['puoleen hintaan', 'puoli hintaa', 'puolet hinnasta', 'puolella hinnalla', 'puolihintai\\p{L}*', 'maks\\p{L}* (?:vain |ainoastaan |enää )?puolet'],
};

/**
 * Words for "per cent" after a number, in every inflection ("50 prosenttia", "50 процентов", "50 пайызға",
 * "50 per cent"). One list for all languages: the forms do not collide. Source: written down by us.
 */
export const PERCENT_WORDS = 'percent|per cent|prosent\\p{L}*|процент\\p{L}*|пайыз\\p{L}*|por ciento|pour cent|prozent';

/**
 * Words that label a number as a position in a sequence ("Step 1", "Vaihe 2", "Шаг 3", "№ 5"): such
 * numbers structure the copy and claim nothing. Lower-case, whole words. Source: written down by us.
 */
export const SEQUENCE_LABELS: PerLanguage<readonly string[]> = {
  en: ['step', 'part', 'chapter', 'tip', 'reason', 'day', 'week', 'round', 'level', 'phase', 'no', 'number', 'page', 'slide', 'episode'],
  ru: ['шаг', 'часть', 'глава', 'совет', 'причина', 'день', 'неделя', 'этап', 'уровень', 'номер', 'слайд', 'выпуск'],
  kk: ['қадам', 'бөлім', 'кеңес', 'себеп', 'күн', 'апта', 'кезең', 'деңгей', 'нөмір', 'слайд'],
  ca: ['pas', 'part', 'capítol', 'consell', 'raó', 'dia', 'setmana', 'fase', 'nivell', 'núm', 'número', 'episodi'],
  fi: ['vaihe', 'osa', 'luku', 'vinkki', 'syy', 'päivä', 'viikko', 'taso', 'nro', 'numero', 'jakso'],
};
