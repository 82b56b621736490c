import type { PerLanguage } from './languages';

/** What a unit measures; values of different dimensions never compare. */
export type Dimension = 'volume' | 'mass' | 'data' | 'distance' | 'area' | 'minutes' | 'days' | 'months';

/** A unit written after a number: its forms (whole-word regex fragments), dimension and size in base units. */
export interface UnitSpec {
  readonly forms: string;
  readonly dimension: Dimension;
  /** Multiplier to the dimension's base unit (litre, kilogram, megabit, metre, square metre, minute, day, month). */
  readonly factor: number;
}

/**
 * Units of measure and of time, per language. Durations use three bases that convert exactly
 * (minutes ← hours, days ← weeks, months ← years), so "two weeks" = "14 days" and "12 kuukautta" = "a year",
 * while "30 days" and "a month" stay different claims.
 * NOTE: in ca an "h" after a number is mostly a clock time ("21 h"), which the time parser takes first; what it
 * leaves ("24 h abans", "2 h 30 min") is a duration.
 *
 * NOTE: "m²" and "m2" come before "m" in each list only for readability; the unit regex backtracks either way.
 *
 * Source: SI units and their common abbreviations (volume, mass, data, length, area, time) plus each
 * language's unit nouns in their inflected forms, written down by us.
 */
export const UNITS: PerLanguage<readonly UnitSpec[]> = {
  en: [
    { forms: 'l|litres?|liters?', dimension: 'volume', factor: 1 },
    { forms: 'ml', dimension: 'volume', factor: 0.001 },
    { forms: 'cl', dimension: 'volume', factor: 0.01 },
    { forms: 'dl', dimension: 'volume', factor: 0.1 },
    { forms: 'kg|kilos?|kilograms?', dimension: 'mass', factor: 1 },
    { forms: 'g|grams?', dimension: 'mass', factor: 0.001 },
    { forms: 'tb|tbit|terabytes?', dimension: 'data', factor: 1e6 },
    { forms: 'gb|gbit|gbps|gigs?|gigabytes?', dimension: 'data', factor: 1000 },
    { forms: 'mb|mbit|mbps', dimension: 'data', factor: 1 },
    { forms: 'km|kilometres?|kilometers?', dimension: 'distance', factor: 1000 },
    { forms: 'm²|m2|sq\\.? ?m|square met(?:re|er)s?', dimension: 'area', factor: 1 },
    { forms: 'm|metres?|meters?', dimension: 'distance', factor: 1 },
    { forms: 'cm|centimet(?:re|er)s?', dimension: 'distance', factor: 0.01 },
    { forms: 'mm|millimet(?:re|er)s?', dimension: 'distance', factor: 0.001 },
    { forms: 'seconds?|secs?', dimension: 'minutes', factor: 1 / 60 },
    { forms: 'min|mins|minutes?', dimension: 'minutes', factor: 1 },
    { forms: 'h|hrs?|hours?', dimension: 'minutes', factor: 60 },
    { forms: 'days?', dimension: 'days', factor: 1 },
    { forms: 'weeks?', dimension: 'days', factor: 7 },
    { forms: 'months?', dimension: 'months', factor: 1 },
    { forms: 'years?', dimension: 'months', factor: 12 },
  ],
  ru: [
    { forms: 'л|литр\\p{L}*', dimension: 'volume', factor: 1 },
    { forms: 'мл', dimension: 'volume', factor: 0.001 },
    { forms: 'кг|килограмм\\p{L}*', dimension: 'mass', factor: 1 },
    { forms: 'г|грамм\\p{L}*', dimension: 'mass', factor: 0.001 },
    { forms: 'гб|гбит\\p{L}*|гигабит\\p{L}*', dimension: 'data', factor: 1000 },
    { forms: 'мб|мбит\\p{L}*|мегабит\\p{L}*', dimension: 'data', factor: 1 },
    { forms: 'км|километр\\p{L}*', dimension: 'distance', factor: 1000 },
    { forms: 'м²|м2|кв\\.? ?м|квадратн\\p{L}* метр\\p{L}*', dimension: 'area', factor: 1 },
    { forms: 'м|метр|метр[аеоы]\\p{L}*', dimension: 'distance', factor: 1 },
    { forms: 'см|сантиметр\\p{L}*', dimension: 'distance', factor: 0.01 },
    { forms: 'мм|миллиметр\\p{L}*', dimension: 'distance', factor: 0.001 },
    { forms: 'тб|терабайт\\p{L}*', dimension: 'data', factor: 1e6 },
    { forms: 'сек|секунд\\p{L}*', dimension: 'minutes', factor: 1 / 60 },
    { forms: 'мин|минут\\p{L}*', dimension: 'minutes', factor: 1 },
    { forms: 'ч|час|час[аеоы]\\p{L}*', dimension: 'minutes', factor: 60 },
    { forms: 'дн\\p{L}*|день|сут\\p{L}*', dimension: 'days', factor: 1 },
    { forms: 'недел\\p{L}+', dimension: 'days', factor: 7 },
    { forms: 'мес|месяц\\p{L}*', dimension: 'months', factor: 1 },
    { forms: 'год|года|году|годом|лет', dimension: 'months', factor: 12 },
  ],
  kk: [
    { forms: 'л|литр\\p{L}*', dimension: 'volume', factor: 1 },
    { forms: 'кг|келі\\p{L}*', dimension: 'mass', factor: 1 },
    { forms: 'г|грамм\\p{L}*', dimension: 'mass', factor: 0.001 },
    { forms: 'гб|гбит\\p{L}*', dimension: 'data', factor: 1000 },
    { forms: 'мб|мбит\\p{L}*', dimension: 'data', factor: 1 },
    { forms: 'км|шақырым\\p{L}*', dimension: 'distance', factor: 1000 },
    { forms: 'м²|м2|шаршы метр\\p{L}*', dimension: 'area', factor: 1 },
    { forms: 'м|метр\\p{L}*', dimension: 'distance', factor: 1 },
    { forms: 'см|сантиметр\\p{L}*', dimension: 'distance', factor: 0.01 },
    { forms: 'мм|миллиметр\\p{L}*', dimension: 'distance', factor: 0.001 },
    { forms: 'тб', dimension: 'data', factor: 1e6 },
    { forms: 'сек|секунд\\p{L}*', dimension: 'minutes', factor: 1 / 60 },
    { forms: 'мин|минут\\p{L}*', dimension: 'minutes', factor: 1 },
    { forms: 'сағ|сағат\\p{L}*', dimension: 'minutes', factor: 60 },
    { forms: 'күн\\p{L}*', dimension: 'days', factor: 1 },
    { forms: 'апта\\p{L}*', dimension: 'days', factor: 7 },
    { forms: 'ай|ай[ығдлтсн]\\p{L}*', dimension: 'months', factor: 1 },
    { forms: 'жыл\\p{L}*', dimension: 'months', factor: 12 },
  ],
  ca: [
    { forms: 'l|litres?', dimension: 'volume', factor: 1 },
    { forms: 'ml', dimension: 'volume', factor: 0.001 },
    { forms: 'kg|quilos?|quilograms?', dimension: 'mass', factor: 1 },
    { forms: 'g|grams?', dimension: 'mass', factor: 0.001 },
    { forms: 'gb|gbps|gigues?', dimension: 'data', factor: 1000 },
    { forms: 'mb|mbps', dimension: 'data', factor: 1 },
    { forms: 'km|quilòmetres?', dimension: 'distance', factor: 1000 },
    { forms: 'm²|m2|metres? quadrats?', dimension: 'area', factor: 1 },
    { forms: 'm|metres?', dimension: 'distance', factor: 1 },
    { forms: 'cm|centímetres?', dimension: 'distance', factor: 0.01 },
    { forms: 'mm|mil·límetres?', dimension: 'distance', factor: 0.001 },
    { forms: 'cl', dimension: 'volume', factor: 0.01 },
    { forms: 'tb', dimension: 'data', factor: 1e6 },
    { forms: 'segons?', dimension: 'minutes', factor: 1 / 60 },
    { forms: 'min|minuts?', dimension: 'minutes', factor: 1 },
    { forms: 'h|hora|hores', dimension: 'minutes', factor: 60 },
    { forms: 'dies|dia', dimension: 'days', factor: 1 },
    { forms: 'setman(?:a|es)', dimension: 'days', factor: 7 },
    { forms: 'mes|mesos', dimension: 'months', factor: 1 },
    { forms: 'anys?', dimension: 'months', factor: 12 },
  ],
  fi: [
    { forms: 'l|litra\\p{L}*|litro\\p{L}*', dimension: 'volume', factor: 1 },
    { forms: 'ml', dimension: 'volume', factor: 0.001 },
    { forms: 'kg|kilo(?!met)\\p{L}*', dimension: 'mass', factor: 1 },
    { forms: 'g|gramma\\p{L}*', dimension: 'mass', factor: 0.001 },
    { forms: 'gb|gbit|gigaa?', dimension: 'data', factor: 1000 },
    { forms: 'mb|mbit', dimension: 'data', factor: 1 },
    { forms: 'km|kilometri\\p{L}*', dimension: 'distance', factor: 1000 },
    { forms: 'm²|m2|neliö\\p{L}*', dimension: 'area', factor: 1 },
    { forms: 'm|metri\\p{L}*', dimension: 'distance', factor: 1 },
    { forms: 'cm|sentti\\p{L}*', dimension: 'distance', factor: 0.01 },
    { forms: 'mm|millimetri\\p{L}*', dimension: 'distance', factor: 0.001 },
    { forms: 'dl|desilitra\\p{L}*', dimension: 'volume', factor: 0.1 },
    { forms: 'tb|teratavu\\p{L}*', dimension: 'data', factor: 1e6 },
    { forms: 'gt|gigatavu\\p{L}*', dimension: 'data', factor: 1000 },
    { forms: 's|sek|sekunti\\p{L}*|sekunni\\p{L}*', dimension: 'minutes', factor: 1 / 60 },
    { forms: 'min|minuut\\p{L}*|minuutt\\p{L}*', dimension: 'minutes', factor: 1 },
    { forms: 'h|t|tunti\\p{L}*|tunni\\p{L}*|tuntia', dimension: 'minutes', factor: 60 },
    { forms: 'pv|vrk|päivä\\p{L}*|päivi\\p{L}*|vuorokau\\p{L}*', dimension: 'days', factor: 1 },
    { forms: 'vko|viikko\\p{L}*|viiko\\p{L}*', dimension: 'days', factor: 7 },
    { forms: 'kk|kuukau\\p{L}*', dimension: 'months', factor: 1 },
    { forms: 'v|vuosi|vuode\\p{L}*|vuotta|vuoteen|vuoden|vuotia\\p{L}*', dimension: 'months', factor: 12 },
  ],
};

/**
 * Unit forms that make a rate when a counted noun stands between number and unit: fi inessive ("kolme lähtöä
 * päivässä" = three departures a day), kk possessive dative ("бес сабақ айына" = five lessons a month). The
 * number counts the noun, not the unit. Right after a number the same forms are durations ("3 päivässä" = within
 * three days); en, ru and ca write rates with a preposition ("a day", "в день", "al dia"), which no unit form has.
 * Source: Finnish and Kazakh case grammar, written down by us.
 */
export const RATE_FORMS: PerLanguage<RegExp | undefined> = {
  en: undefined,
  ru: undefined,
  kk: /(?:ына|іне|сына|сіне)$/u,
  ca: undefined,
  fi: /(?:ssa|ssä)$/u,
};

/**
 * Words for half a year or an hour and similar fractions ("полгода", "puoli vuotta", "half an hour"), with their
 * value in the dimension's base unit. Source: written down by us.
 */
export const FRACTION_DURATIONS: PerLanguage<ReadonlyArray<{ readonly forms: string; readonly dimension: Dimension; readonly value: number }>> = {
  en: [
    { forms: 'half a year|six months', dimension: 'months', value: 6 },
    { forms: 'half an hour|half-hour', dimension: 'minutes', value: 30 },
  ],
  ru: [
    { forms: 'полгода|пол года|полугод\\p{L}*', dimension: 'months', value: 6 },
    { forms: 'полчаса|получаса', dimension: 'minutes', value: 30 },
  ],
  kk: [
    { forms: 'жарты жыл\\p{L}*', dimension: 'months', value: 6 },
    { forms: 'жарты сағат\\p{L}*', dimension: 'minutes', value: 30 },
  ],
  ca: [
    { forms: 'mig any', dimension: 'months', value: 6 },
    { forms: 'mitja hora', dimension: 'minutes', value: 30 },
  ],
  fi: [
    { forms: 'puoli vuotta|puolen vuoden|puolivuotis\\p{L}*', dimension: 'months', value: 6 },
    { forms: 'puoli tuntia|puolen tunnin|puolessa tunnissa', dimension: 'minutes', value: 30 },
  ],
};
