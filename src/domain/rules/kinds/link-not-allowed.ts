/**
 * # link-not-allowed
 *
 * Flags links in copy for a channel whose spec says links are not clickable (`LINK_NOT_ALLOWED`, ERROR by
 * default): today the Instagram carousel, where copy says "link in bio" instead. Links with a scheme,
 * `www.` addresses and bare domains with a known top-level domain (`shop.example.com/x`, `ratsu.example.fi`)
 * all count; e-mail addresses and hashtags do not.
 *
 * Options: none (the default pack adds it for every brand; it does nothing on channels that allow links).
 *
 * ok (INSTAGRAM_CAROUSEL): caption "Pre-order via the link in bio."
 * not ok: caption "Pre-order at www.pawpal.example.com" → LINK_NOT_ALLOWED
 * "Unexpected link 'www.pawpal.example.com', expected none on Instagram carousel ('link in bio')".
 */
import type { KindExample, RuleFactory } from '../rule-kind';

/** Compiles a link-not-allowed rule. */
export const create: RuleFactory = (_options, where) => ({
  id: `${where.pack}.${where.rule}`,
  kind: 'link-not-allowed',
  run: (sections, ctx) =>
    ctx.spec.allowsLinks
      ? []
      : sections.flatMap((s) =>
          s.urls.map((url) => ({
            code: 'LINK_NOT_ALLOWED' as const,
            severity: 'ERROR' as const,
            message: `Unexpected link '${url.raw}', expected none on ${ctx.spec.label} (links are not clickable there: say "link in bio")`,
            evidence: url.raw,
            section: s.name,
          })),
        ),
});

const carousel = (caption: string) => ({ slides: ['1', '2'], caption });

/** Examples in every first-class language; the generic kind test runs them. */
export const examples: readonly KindExample[] = [
  { lang: 'en', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Pre-order via the link in bio. Questions: hello@pawpal.fi'), expected: [] },
  { lang: 'en', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Pre-order at shop.example.com/cats'), expected: ['LINK_NOT_ALLOWED'] },
  { lang: 'en', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Pre-order: bit.ly/pawcats'), expected: ['LINK_NOT_ALLOWED'] },
  { lang: 'ru', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Заказать можно по ссылке в профиле.'), expected: [] },
  { lang: 'ru', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Заказать: https://ekovoda.example.ru/first'), expected: ['LINK_NOT_ALLOWED'] },
  { lang: 'kk', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Сілтеме профильде.'), expected: [] },
  { lang: 'kk', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Абонемент: almafitness.example.kz/abai'), expected: ['LINK_NOT_ALLOWED'] },
  { lang: 'ca', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel("Programació a l'enllaç de la bio."), expected: [] },
  { lang: 'ca', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Programació: www.salafenix.example.cat'), expected: ['LINK_NOT_ALLOWED'] },
  { lang: 'fi', options: {}, content: { text: 'Osta kausimaksu: https://ratsu.example.fi/kausi' }, expected: [] },
  { lang: 'fi', options: {}, channel: 'INSTAGRAM_CAROUSEL', content: carousel('Osta kausimaksu: www.ratsu.example.fi/kausi'), expected: ['LINK_NOT_ALLOWED'] },
];
