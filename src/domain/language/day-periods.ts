import type { PerLanguage } from './languages';

/**
 * Words for a part of the day written after an hour, which make it a clock time of that part: ru "9 вечера"
 * (21:00), ca "les 6 de la tarda" (18:00), fi "klo 9 illalla", en "9 in the evening". `from`..`to`: the hours
 * (as written) the word turns into afternoon or evening hours by adding 12; outside that range the hour stands
 * as written ("12 часов дня" is noon, "1 de la nit" is 01:00). `afterHourWord`: the word counts only after an
 * hour word ("3 часа дня"), since alone it is a count of days or nights ("через 4 дня" = in four days).
 * Regex fragments, lower-case.
 * Source: the languages' usual ways of telling the time, written down by us.
 */
/** See DAY_PERIODS. */
export interface DayPeriod {
  readonly forms: string;
  readonly from: number;
  readonly to: number;
  readonly afterHourWord?: boolean;
}

export const DAY_PERIODS: PerLanguage<readonly DayPeriod[]> = {
  en: [
    { forms: 'in the morning', from: 0, to: -1 },
    { forms: 'in the afternoon|in the evening|at night', from: 1, to: 11 },
  ],
  ru: [
    { forms: 'утра', from: 0, to: -1 },
    { forms: 'ночи', from: 0, to: -1, afterHourWord: true },
    { forms: 'дня', from: 1, to: 6, afterHourWord: true },
    { forms: 'вечера', from: 1, to: 11 },
  ],
  kk: [
    { forms: 'таңертең', from: 0, to: -1 },
    { forms: 'түстен кейін|кешкі|кеште', from: 1, to: 11 },
  ],
  ca: [
    { forms: 'del matí|de la matinada', from: 0, to: -1 },
    { forms: 'del migdia', from: 1, to: 3 },
    { forms: 'de la tarda|del vespre', from: 1, to: 11 },
    { forms: 'de la nit', from: 8, to: 11 },
  ],
  fi: [
    { forms: 'aamulla|aamupäivällä', from: 0, to: -1 },
    { forms: 'iltapäivällä|illalla', from: 1, to: 11 },
  ],
};
