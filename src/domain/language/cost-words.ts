import type { PerLanguage } from './languages';

/**
 * How each language says that something costs nothing (`free`: "free", "included in the price",
 * "бесплатно", "входит в стоимость", "тегін", "бағасына кіреді", "gratuït", "sense cost", "ilmainen",
 * "sisältyy hintaan") and that it costs extra (`paid`: "charged separately", "платно", "за доплату",
 * "ақылы", "de pagament", "maksullinen", "lisämaksu"). A negated `free` phrase is paid ("не входит в
 * стоимость", "ei sisälly hintaan") and a negated `paid` phrase is free ("ilman lisämaksua", "no extra
 * charge"), so a key fact and copy that use different words for the same price can still be compared.
 * Whole-word regex fragments, case-insensitive; negation itself comes from negation-cues.ts.
 *
 * Source: the languages' usual price wording in consumer offers (free of charge, included, extra charge,
 * paid separately), written down by us.
 */
export const COST_WORDS: PerLanguage<{ readonly free: readonly string[]; readonly paid: readonly string[] }> = {
  en: {
    free: ['free(?: of charge)?', 'for free', 'included', 'includes?', 'on us', 'at no (?:extra )?cost', 'no charge', 'complimentary'],
    paid: ['extra charge', 'charged(?: separately| extra)?', 'paid separately', 'costs? extra', 'at extra cost', 'surcharge', '(?:a )?fee applies'],
  },
  ru: {
    free: ['бесплатн\\p{L}*', 'даром', 'в подарок', 'входи?т\\p{L}* в (?:стоимость|цену)', 'включен\\p{L}*(?: в (?:стоимость|цену))?'],
    paid: ['платн\\p{L}*', 'за доплату', 'доплат\\p{L}*', 'оплачива\\p{L}* отдельно', 'за отдельную плату'],
  },
  kk: {
    free: ['тегін', 'ақысыз', 'бағасына кіреді', 'бағаға кіреді', 'сыйлыққа'],
    paid: ['ақылы', 'бөлек төлен\\p{L}*', 'қосымша ақы\\p{L}*', 'ақы алын\\p{L}*', '(?:бағасына|бағаға) кірмейді'],
  },
  ca: {
    free: ['gratuït\\p{L}*', 'gratis', 'de franc', 'de regal', 'sense (?:cap )?cost', 'inclo(?:s|sa|sos|ses)', 'inclòs', 'entrada lliure', 'accés lliure'],
    paid: ['de pagament', 'es paga a part', 'es cobra\\p{L}*', 'cost addicional', 'amb (?:un )?cost', 'suplement'],
  },
  fi: {
    free: ['ilmai\\p{L}*', 'maksuto\\p{L}*', 'maksuton', 'veloitukse(?:tta|ton\\p{L}*)', 'kaupan päälle', 'sisälty\\p{L}*', 'sisälly\\p{L}*', 'kuulu\\p{L}* hintaan', 'vapaa pääsy'],
    paid: ['maksullin\\p{L}*', 'maksullis\\p{L}*', 'lisämaksu\\p{L}*', 'maksetaan erikseen', 'veloitetaan', 'peritään'],
  },
};
