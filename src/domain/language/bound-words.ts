import type { PerLanguage } from './languages';

/**
 * Words that make a value a bound: `min` ("from €9.99", "от 25 000 ₽", "1.6. alkaen", "des de l'1 de juny",
 * "1 маусымнан бастап") or `max` ("up to 50 %", "до 20:00", "31.8. asti", "fins al 30 de juny", "30 маусымға
 * дейін"), written `before` or `after` the value. Copy that turns a master's lower bound into an upper one
 * (or back) states another condition. Regex fragments, lower-case; the article or preposition glued to a
 * Catalan bound ("fins al", "des del") is part of the fragment.
 * Source: the languages' prepositions and postpositions of range, written down by us.
 */
export const BOUND_WORDS: PerLanguage<{ readonly min: { readonly before: string; readonly after: string }; readonly max: { readonly before: string; readonly after: string } }> = {
  en: {
    min: { before: 'from|starting at|at least|over|more than|minimum|min\\.', after: 'or more|and up|onwards|or over' },
    max: { before: 'up to|until|till|under|at most|less than|no more than|maximum|max\\.', after: 'or less|or under|at most' },
  },
  ru: {
    min: { before: 'от|с|со|свыше|более|больше|не менее|не меньше|минимум|после', after: 'и более|и больше|и выше' },
    max: { before: 'до|не более|не больше|максимум|менее|меньше', after: 'включительно|и менее|и меньше' },
  },
  kk: {
    min: { before: 'кемінде|кем дегенде', after: 'бастап|астам|жоғары|артық' },
    max: { before: 'ең көбі', after: 'дейін|шейін|аспайтын|төмен' },
  },
  ca: {
    min: { before: "des de|des del|des de l'|a partir de|a partir del|a partir de l'|més de|com a mínim|mínim", after: 'o més' },
    max: { before: "fins a|fins al|fins a l'|fins el|menys de|com a màxim|màxim", after: 'o menys' },
  },
  fi: {
    min: { before: 'yli|vähintään|alkaen|jopa yli', after: 'alkaen|lähtien|tai enemmän' },
    max: { before: 'alle|enintään|korkeintaan|jopa', after: 'asti|saakka|mennessä|tai vähemmän' },
  },
};
