import type { PerLanguage } from './languages';

/**
 * Function words ignored when we compare key facts with copy: articles, pronouns, prepositions,
 * conjunctions, auxiliaries and very common adverbs. Paraphrase freely rewrites these, so they never decide
 * coverage. Negation words are NOT here (they matter: see negation-cues.ts).
 *
 * Source: trimmed from the Snowball project's stop-word lists (en, ru, fi; BSD licence) and, for ca and kk,
 * from their grammars' closed word classes, reviewed by us. Lower-case, as written (not stemmed).
 */
export const STOP_WORDS: PerLanguage<readonly string[]> = {
  en: (
    'a an the and or but if then so as at by for from in into of off on onto out over per to up via with ' +
    'within about after before under than that this these those there here it its it\'s is are was were be been ' +
    'being am do does did have has had will would can could may might shall should must you your yours we our ours ' +
    'us they their them he she his her i me my mine what which who whom whose when where why how all any each ' +
    'every both some such only just also too very more most much many now get gets got one s'
  ).split(' '),
  ru: (
    'и в во на с со к ко о об обо от до из у за по под над при про для без через между а но или ли же бы ' +
    'не ни это этот эта эти то тот та те так как что чтобы кто где когда там тут уже ещё еще все всё весь вся ' +
    'всех всем его её ее их им ими он она оно они мы вы ты я мне нам вам вас нас вами нами себя свой свою ' +
    'свои своих ваш ваша ваше ваши вашим наш наша наше наши был была было были быть есть будет будут можно ' +
    'очень только тоже также даже вот раз'
  ).split(' '),
  kk: (
    'және мен бен пен да де та те ал бірақ немесе не үшін дейін кейін бойы туралы арқылы сияқты сайын ' +
    'бұл осы сол ол олар біз сіз сен мен бар әр барлық енді тек ғана де-ақ ма ме ба бе па пе мұнда онда ' +
    'сізге сізді сіздің біздің оның олардың бізге маған саған оған ең өте тағы да'
  ).split(' '),
  ca: (
    'el la els les lo un una uns unes de del dels d en al als a per amb sense que qui què on com quan i o ' +
    'ni però si es s se\'s hi ho li ens us em et m t l n és són ser era eren ha han he has hem heu ' +
    'seu seva seus seves teu teva teus teves meu meva nostre nostra vostre vostra aquest aquesta aquests ' +
    'aquestes aquell aquella això allò tot tota tots totes més molt molta molts també ja només fins cap a'
  ).split(' '),
  fi: (
    'ja tai sekä mutta että kun jos niin kuin myös vain jo vielä nyt on ovat oli olivat olla ole ollut ' +
    'se ne sen sitä siitä siihen sillä niitä niiden hän he me te sinä minä meidän teidän sinun minun heidän ' +
    'tämä tämän tätä nämä näiden tässä tuo tuon joka jotka jonka mikä mitä mistä missä kanssa ' +
    'koko kaikki kaikkiin kaikille jokainen joka myös klo kello'
  ).split(' '),
};

/**
 * Articles, which agree with their noun ("la millor", "les millors"): a term that starts with one is found
 * with any of them. Languages without articles have none. Source: the languages' grammars.
 */
export const ARTICLES: PerLanguage<readonly string[]> = {
  en: ['a', 'an', 'the'],
  ru: [],
  kk: [],
  ca: ['el', 'la', 'els', 'les', 'l', 'lo', 'un', 'una', 'uns', 'unes'],
  fi: [],
};
