import type { PerLanguage } from './languages';

/**
 * Month names as whole-word regular expressions (case-insensitive), index 0 = January. Inflecting languages
 * allow any ending, so fi "maaliskuuta"/"maaliskuussa", ru "марта", kk "наурызда"/"мамырға" count; ca and
 * en are written as such ("d'octubre", "Oct."). Stems short enough to be ambiguous spell out their forms
 * (ru "ма[йяюе]").
 *
 * Source: the languages' standard month names and dictionary abbreviations, written down by us.
 */
export const MONTH_STEMS: PerLanguage<readonly string[]> = {
  en: ['jan(?:uary|\\.)?', 'feb(?:ruary|\\.)?', 'mar(?:ch|\\.)?', 'apr(?:il|\\.)?', 'may', 'june?', 'july?', 'aug(?:ust|\\.)?', 'sep(?:t|tember|\\.)?', 'oct(?:ober|\\.)?', 'nov(?:ember|\\.)?', 'dec(?:ember|\\.)?'],
  ru: ['январ\\p{L}*', 'феврал\\p{L}*', 'март\\p{L}*', 'апрел\\p{L}*', 'ма[йяюе]', 'июн\\p{L}*', 'июл\\p{L}*', 'август\\p{L}*', 'сентябр\\p{L}*', 'октябр\\p{L}*', 'ноябр\\p{L}*', 'декабр\\p{L}*'],
  kk: ['қаңтар\\p{L}*', 'ақпан\\p{L}*', 'наурыз\\p{L}*', 'сәуір\\p{L}*', 'мамыр\\p{L}*', 'маусым\\p{L}*', 'шілде\\p{L}*', 'тамыз\\p{L}*', 'қыркүйек\\p{L}*', 'қазан\\p{L}*', 'қараша\\p{L}*', 'желтоқсан\\p{L}*'],
  ca: ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'],
  fi: ['tammikuu\\p{L}*', 'helmikuu\\p{L}*', 'maaliskuu\\p{L}*', 'huhtikuu\\p{L}*', 'toukokuu\\p{L}*', 'kesäkuu\\p{L}*', 'heinäkuu\\p{L}*', 'elokuu\\p{L}*', 'syyskuu\\p{L}*', 'lokakuu\\p{L}*', 'marraskuu\\p{L}*', 'joulukuu\\p{L}*'],
};

/**
 * Weekday names and abbreviations as whole-word regular expressions (case-insensitive), index 0 = Monday,
 * so "ke", "keskiviikkoisin" and "keskiviikkona" agree, as do "ср", "среда" and "по средам". Inflected
 * forms are spelled out where a bare prefix would catch other words (ru "среди" = "among").
 *
 * Source: the languages' standard weekday names and abbreviations, written down by us.
 */
export const WEEKDAYS: PerLanguage<readonly string[]> = {
  en: ['mon(?:day)?s?', 'tue(?:s|sday)?s?', 'wed(?:nesday)?s?', 'thu(?:rs|rsday)?s?', 'fri(?:day)?s?', 'sat(?:urday)?s?', 'sun(?:day)?s?'],
  ru: ['пн|понедельник\\p{L}*', 'вт|вторник\\p{L}*', 'ср|сред(?:а|ы|у|ой|ам|ах|е)', 'чт|четверг\\p{L}*', 'пт|пятниц\\p{L}+', 'сб|суббот\\p{L}+', 'вс|воскресень\\p{L}+'],
  kk: ['дүйсенбі\\p{L}*', 'сейсенбі\\p{L}*', 'сәрсенбі\\p{L}*', 'бейсенбі\\p{L}*', 'жұма\\p{L}*', 'сенбі\\p{L}*', 'жексенбі\\p{L}*'],
  ca: ['dl|dilluns', 'dt|dimarts', 'dc|dimecres', 'dj|dijous', 'dv|divendres', 'ds|dissabtes?', 'dg|diumenges?'],
  fi: ['ma|maanantai\\p{L}*', 'ti|tiistai\\p{L}*', 'ke|keskiviiko\\p{L}*|keskiviikko\\p{L}*', 'to|torstai\\p{L}*', 'pe|perjantai\\p{L}*', 'la|lauantai\\p{L}*', 'su|sunnuntai\\p{L}*'],
};
