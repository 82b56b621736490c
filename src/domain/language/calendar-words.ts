import type { PerLanguage } from './languages';

/**
 * Month names as whole-word regular expressions (case-insensitive), index 0 = January, with every
 * inflection and the dictionary abbreviations. Inflecting languages allow any ending, so fi
 * "maaliskuuta"/"maaliskuun", ru "марта", kk "наурызда"/"мамырға"/"қазанның" count; ca and en are written as
 * such ("d'octubre", "Oct.", "Sept."). Stems short enough to be ambiguous spell out their forms (ru "ма[йяюе]"),
 * and abbreviations that are also words need their point (ca "set." = setembre, "set" = seven; fi "elok.").
 *
 * Source: the languages' standard month names; abbreviations as in the Oxford style guide (en), the
 * Russian academic spelling rules (ru), IEC's abbreviation list (ca) and Kielitoimisto (fi); written down by us.
 */
export const MONTH_STEMS: PerLanguage<readonly string[]> = {
  en: ['jan(?:uary|\\.)?', 'feb(?:ruary|\\.)?', 'mar(?:ch|\\.)?', 'apr(?:il|\\.)?', 'may', 'jun(?:e|\\.)?', 'jul(?:y|\\.)?', 'aug(?:ust|\\.)?', 'sep(?:t\\.?|tember|\\.)?', 'oct(?:ober|\\.)?', 'nov(?:ember|\\.)?', 'dec(?:ember|\\.)?'],
  ru: ['январ\\p{L}*|янв\\.', 'феврал\\p{L}*|февр?\\.', 'март\\p{L}*|мар\\.', 'апрел\\p{L}*|апр\\.', 'ма[йяюе]', 'июн\\p{L}*', 'июл\\p{L}*', 'август\\p{L}*|авг\\.', 'сентябр\\p{L}*|сент?\\.', 'октябр\\p{L}*|окт\\.', 'ноябр\\p{L}*|нояб?\\.', 'декабр\\p{L}*|дек\\.'],
  kk: ['қаңтар\\p{L}*', 'ақпан\\p{L}*', 'наурыз\\p{L}*', 'сәуір\\p{L}*', 'мамыр\\p{L}*', 'маусым\\p{L}*', 'шілде\\p{L}*', 'тамыз\\p{L}*', 'қыркүйек\\p{L}*', 'қазан\\p{L}*', 'қараша\\p{L}*', 'желтоқсан\\p{L}*'],
  ca: ['gener|gen\\.', 'febrer|febr?\\.', 'març', 'abril|abr\\.', 'maig', 'juny', 'juliol|jul\\.', 'agost|ag\\.', 'setembre|set\\.', 'octubre|oct\\.', 'novembre|nov\\.', 'desembre|des\\.'],
  fi: ['tammikuu\\p{L}*|tammik\\.', 'helmikuu\\p{L}*|helmik\\.', 'maaliskuu\\p{L}*|maalisk\\.', 'huhtikuu\\p{L}*|huhtik\\.', 'toukokuu\\p{L}*|toukok\\.', 'kesäkuu\\p{L}*|kesäk\\.', 'heinäkuu\\p{L}*|heinäk\\.', 'elokuu\\p{L}*|elok\\.', 'syyskuu\\p{L}*|syysk\\.', 'lokakuu\\p{L}*|lokak\\.', 'marraskuu\\p{L}*|marrask\\.', 'joulukuu\\p{L}*|jouluk\\.'],
};

/**
 * How a date is written month first where a language does so besides day first: what must follow the day's
 * digits (a regex source). kk puts the month in the genitive and the case ending on the day ("қазанның
 * 15-іне дейін", "наурыздың 31-і"); fi writes the genitive month and an ordinal day ("toukokuun 12. päivänä").
 * English "March 31" is read in every language. '' when the language has no such order.
 * Source: the languages' grammars (kk date agreement, fi ordinal dates), written down by us.
 */
export const MONTH_FIRST_DAY: PerLanguage<string> = {
  en: '',
  ru: '',
  kk: '-\\p{L}{1,6}',
  ca: '',
  fi: '\\.(?:\\s+päivä\\p{L}*)?',
};

/**
 * Weekday names as whole-word regular expressions (case-insensitive), index 0 = Monday, with their
 * inflected forms, so "keskiviikkoisin" and "keskiviikkona" agree, as do "среда" and "по средам". Forms
 * are spelled out where a bare prefix would catch other words (ru "среди" = "among").
 *
 * Source: the languages' standard weekday names, written down by us.
 */
export const WEEKDAY_NAMES: PerLanguage<readonly string[]> = {
  en: ['mondays?', 'tuesdays?', 'wednesdays?', 'thursdays?', 'fridays?', 'saturdays?', 'sundays?'],
  ru: ['понедельник\\p{L}*', 'вторник\\p{L}*', 'сред(?:а|ы|у|ой|ам|ах|ами|е)', 'четверг\\p{L}*', 'пятниц\\p{L}+', 'суббот\\p{L}+', 'воскресень\\p{L}+'],
  kk: ['дүйсенбі\\p{L}*', 'сейсенбі\\p{L}*', 'сәрсенбі\\p{L}*', 'бейсенбі\\p{L}*', 'жұма(?:да|сы|лар\\p{L}*|ның|ға)?', 'сенбі\\p{L}*', 'жексенбі\\p{L}*'],
  ca: ['dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabtes?', 'diumenges?'],
  fi: ['maanantai\\p{L}*', 'tiistai\\p{L}*', 'keskiviik(?:k)?o\\p{L}*', 'torstai\\p{L}*', 'perjantai\\p{L}*', 'lauantai\\p{L}*', 'sunnuntai\\p{L}*'],
};

/**
 * Weekday abbreviations, index 0 = Monday. They are short enough to be other words ("to", "sun"), so the
 * value parser only reads them in schedules (next to another weekday, a dash or a number).
 * Source: the languages' dictionary abbreviations, written down by us.
 */
export const WEEKDAY_ABBREVIATIONS: PerLanguage<readonly string[]> = {
  en: ['mon', 'tue|tues', 'wed', 'thu|thurs', 'fri', 'sat', 'sun'],
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  kk: ['дс', 'сс', 'ср', 'бс', 'жм', 'сб', 'жс'],
  ca: ['dl', 'dt', 'dc', 'dj', 'dv', 'ds', 'dg'],
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
};

/**
 * Words for groups of weekdays: working days (Monday to Friday) and the weekend, so "arkisin" carries a
 * key fact's "ma–pe". Whole-word regular expressions. Source: written down by us.
 */
export const WEEKDAY_GROUPS: PerLanguage<ReadonlyArray<{ readonly forms: string; readonly days: readonly number[] }>> = {
  en: [{ forms: 'weekdays|on weekdays|mondays? to fridays?', days: [0, 1, 2, 3, 4] }, { forms: 'weekends?', days: [5, 6] }],
  ru: [{ forms: 'будн\\p{L}*|будням', days: [0, 1, 2, 3, 4] }, { forms: 'выходны[еймх]\\p{L}*', days: [5, 6] }],
  kk: [{ forms: 'жұмыс күндері\\p{L}*', days: [0, 1, 2, 3, 4] }, { forms: 'демалыс күндері\\p{L}*', days: [5, 6] }],
  ca: [{ forms: 'feiners|dies feiners|dies laborables', days: [0, 1, 2, 3, 4] }, { forms: 'caps? de setmana', days: [5, 6] }],
  fi: [{ forms: 'arkisin|arkipäivisin|arkipäivi\\p{L}*', days: [0, 1, 2, 3, 4] }, { forms: 'viikonlopu\\p{L}*|viikonloppu\\p{L}*', days: [5, 6] }],
};
