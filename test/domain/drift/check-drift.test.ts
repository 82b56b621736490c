import { checkDrift } from '../../../src/domain/drift/check-drift';
import type { Linguistics } from '../../../src/domain/drift/linguistics';
import { compileToneRules } from '../../../src/domain/rules/compile-tone-rules';
import { realTools } from '../../helpers/tools';
import { tweet } from './fixtures';

let tools: Linguistics;
beforeAll(async () => {
  tools = await realTools();
});

const codes = (input: Parameters<typeof checkDrift>[0]) =>
  checkDrift(input, tools)
    .flags.filter((f) => f.severity !== 'SUGGESTION')
    .map((f) => f.code);

describe('checkDrift on faithful copy', () => {
  it.each([
    ['en', 'Wake up gently: the Orbit Lamp brightens over 30 minutes before your alarm. €79, free shipping until 30 Nov, no subscription needed. https://orbit.example.com/lamp'],
    ['ru', 'Свежий хлеб к завтраку: «Колос» запускает доставку с 1.12. Доставка — 150 руб., при заказе от 1000 ₽ бесплатно. https://kolos.example.ru/delivery'],
    ['kk', 'Dala Books 15 наурызда ашылады! Алғашқы аптада кітаптардың бәріне 20% жеңілдік. https://dalabooks.example.kz/open'],
    ['ca', 'Cinema a la fresca cada divendres de juliol al Parc Nou, a les 22 h. Projecció gratuïta, porta la cadira. https://parcnou.example.cat/cinema'],
    ['fi', 'Voiman uusi sali aukeaa 31.3. Jäsenyys 29,90 €/kk ilman sitoutumista. https://voima.example.fi/liity'],
  ] as const)('should find no drift in a faithful %s tweet', (lang, text) => {
    const report = checkDrift(tweet(lang, text), tools);
    expect(report.flags.filter((f) => f.severity !== 'SUGGESTION')).toEqual([]);
    expect(report).toMatchObject({ drifted: false, score: 1 });
  });
});

describe('checkDrift on drifted copy', () => {
  it('should flag a changed price as FACT_MISMATCH with the variant text as evidence', () => {
    const report = checkDrift(tweet('en', 'The Orbit Lamp brightens over 30 minutes. Now €69, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp'), tools);
    expect(report.flags).toContainEqual(expect.objectContaining({ code: 'FACT_MISMATCH', severity: 'ERROR', evidence: '€69', section: 'text' }));
    expect(report.drifted).toBe(true);
    expect(report.score).toBeLessThan(1);
  });

  it('should flag a moved date and a new figure', () => {
    expect(codes(tweet('fi', 'Voiman uusi sali aukeaa 13.3. Jäsenyys 29,90 € kuukaudessa ilman sitoutumista. https://voima.example.fi/liity'))).toContain('FACT_MISMATCH');
    expect(codes(tweet('kk', 'Dala Books 15 наурызда ашылады. Кітаптарға 20% жеңілдік, 5000 кітап бар. https://dalabooks.example.kz/open'))).toEqual(['UNSUPPORTED_CLAIM']);
  });

  it('should flag a changed weekday as FACT_MISMATCH', () => {
    expect(codes(tweet('ca', 'Cinema a la fresca cada dissabte de juliol al Parc Nou, a les 22 h. Projecció gratuïta. https://parcnou.example.cat/cinema'))).toContain('FACT_MISMATCH');
  });

  it('should flag a new guarantee as UNSUPPORTED_CLAIM', () => {
    expect(codes(tweet('en', 'The Orbit Lamp brightens over 30 minutes. €79, free shipping until 30 November, no subscription needed, money-back guarantee. https://orbit.example.com/lamp'))).toEqual(['UNSUPPORTED_CLAIM']);
  });

  it.each([
    ['en', 'The Orbit Lamp brightens over 30 minutes. €79, free shipping until 30 November, no subscription needed. Not happy? You get your money back. https://orbit.example.com/lamp'],
    ['ru', 'С 1 декабря «Колос» возит хлеб к завтраку: доставка 150 ₽, от 1 000 ₽ бесплатно. Не понравится — вернём деньги. https://kolos.example.ru/delivery'],
    ['kk', 'Dala Books 15 наурызда ашылады, кітаптарға 20% жеңілдік. Ұнамаса, ақшаңызды қайтарамыз. https://dalabooks.example.kz/open'],
    ['ca', "Cada divendres de juliol, a les 22 h, projecció gratuïta al Parc Nou. Si no t'agrada, et tornem els diners. https://parcnou.example.cat/cinema"],
    ['fi', 'Uusi sali aukeaa 31.3. Jäsenyys 29,90 € kuukaudessa ilman sitoutumista, ja palautamme rahasi, jos et viihdy. https://voima.example.fi/liity'],
  ] as const)('should flag a refund promise the master does not make (%s)', (lang, text) => {
    expect(codes(tweet(lang, text))).toEqual(['UNSUPPORTED_CLAIM']);
  });

  it('should flag a negated key fact as FACT_MISMATCH', () => {
    expect(codes(tweet('fi', 'Voiman uusi sali aukeaa 31.3. Jäsenyys 29,90 € kuukaudessa, sitoutuminen 12 kuukautta. https://voima.example.fi/liity'))).toContain('FACT_MISMATCH');
    expect(codes(tweet('en', 'The Orbit Lamp brightens over 30 minutes. €79, free shipping until 30 November; a subscription is needed. https://orbit.example.com/lamp'))).toContain('FACT_MISMATCH');
  });

  it('should flag copy that calls paid what a key fact calls free, in other words', () => {
    expect(codes(tweet('en', 'The Orbit Lamp brightens over 30 minutes. €79 until 30 November, shipping is charged separately, no subscription needed. https://orbit.example.com/lamp'))).toContain('FACT_MISMATCH');
    expect(codes(tweet('ca', "Cada divendres de juliol, a les 22 h, al Parc Nou. La projecció no és gratuïta. https://parcnou.example.cat/cinema"))).toContain('FACT_MISMATCH');
    expect(codes(tweet('ca', "Cada divendres de juliol, a les 22 h, al Parc Nou: projecció de pagament. https://parcnou.example.cat/cinema"))).toContain('FACT_MISMATCH');
  });

  it('should not read a price clause about something else, or a free thing one must not miss, as paid', () => {
    expect(codes(tweet('en', 'The Orbit Lamp brightens over 30 minutes. €79, shipping is free until 30 November; gift wrap costs extra. No subscription needed. https://orbit.example.com/lamp'))).toEqual([]);
    expect(codes(tweet('ca', "No et perdis la projecció gratuïta: cada divendres de juliol a les 22 h, al Parc Nou. https://parcnou.example.cat/cinema"))).toEqual([]);
  });

  it('should flag a missing key fact, a missing CTA and a changed CTA', () => {
    expect(codes(tweet('ca', 'Cinema a la fresca al Parc Nou, a les 22 h. Projecció gratuïta. https://parcnou.example.cat/cinema'))).toEqual(['MISSING_KEY_FACT']);
    expect(codes(tweet('ru', 'С 1 декабря «Колос» возит хлеб: доставка 150 ₽, от 1 000 ₽ бесплатно.'))).toEqual(['MISSING_CTA']);
    expect(codes(tweet('ru', 'С 1 декабря «Колос» возит хлеб: доставка 150 ₽, от 1 000 ₽ бесплатно. https://kolos.example.ru/menu'))).toEqual(['MISSING_CTA', 'FACT_MISMATCH']);
  });

  it('should flag copy in the wrong language and skip word coverage then', () => {
    const report = checkDrift(tweet('ru', 'Пекарня «Колос» відкриває доставку: з 1 грудня свіжий хліб до сніданку, доставка 150 ₽. https://kolos.example.ru/delivery'), tools);
    expect(report.flags.map((f) => f.code)).toContain('WRONG_LANGUAGE');
    expect(report.flags.map((f) => f.code)).not.toContain('MISSING_KEY_FACT');
  });

  it('should run the brand rules: banned, preferred and protected terms, exclamations', () => {
    const text = 'A miracle! Our trainer loves the ORBIT lamp! Brightens over 30 minutes, €79, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp';
    expect(new Set(codes(tweet('en', text)))).toEqual(new Set(['BANNED_TERM', 'PREFERRED_TERM', 'TERM_CASING', 'TONE_VIOLATION']));
  });
});

describe('checkDrift on merge tags', () => {
  it.each(['*|FNAME|*', '%%FirstName%%', '%FIRSTNAME%', '{{ contact.FIRSTNAME }}', '{% if VIP %}'])('should read %s as a placeholder, not as shouting or a value', (tag) => {
    const text = `Hi ${tag}, the Orbit Lamp brightens over 30 minutes. €79, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp`;
    expect(codes(tweet('en', text))).toEqual([]);
  });

  it('should still see shouting and a changed price next to a merge tag', () => {
    const text = 'Hi *|FNAME|*, the Orbit Lamp brightens over 30 minutes. NOW ONLY €69, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp';
    expect(codes(tweet('en', text))).toEqual(expect.arrayContaining(['TONE_VIOLATION', 'FACT_MISMATCH']));
  });
});

describe('checkDrift on odd Unicode and mixed scripts', () => {
  const text = 'The Orbit Lamp brightens over 30 minutes. €79, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp';

  it('should read copy with NBSP, narrow NBSP, bidi marks, soft hyphens and zero-width spaces as plain copy', () => {
    const odd = text.replace('€79', '\u200E79\u00A0€\u200E').replace('30 minutes', '30\u202Fminutes').replace('subscription', 'sub\u00ADscrip\u00ADtion').replace('shipping', 'ship\u200Bping');
    expect(codes(tweet('en', `\u200F${odd}`))).toEqual([]);
  });

  it('should not let an invisible character hide a banned term, nor full-width digits hide a changed price', () => {
    expect(codes(tweet('en', `${text} A mir\u200Bacle.`))).toEqual(['BANNED_TERM']);
    expect(codes(tweet('en', text.replace('€79', '€６９')))).toContain('FACT_MISMATCH');
    expect(codes(tweet('en', text.replace('€79', '€７９')))).toEqual([]);
  });

  it('should keep a Latin name inside Cyrillic copy from deciding its language', () => {
    expect(codes(tweet('ru', 'С 1 декабря Kolos Bakery привозит свежий хлеб к завтраку: доставка 150 ₽, от 1 000 ₽ бесплатно. https://kolos.example.ru/delivery'))).toEqual([]);
  });
});

describe('checkDrift configuration', () => {
  const text = 'A miracle lamp: brightens over 30 minutes, €79, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp';

  it('should apply severity overrides and silence codes turned OFF', () => {
    const base = tweet('en', text);
    const lowered = checkDrift({ ...base, toneRules: { ...base.toneRules, severityOverrides: { BANNED_TERM: 'SUGGESTION' } } }, tools);
    expect(lowered.flags).toEqual([expect.objectContaining({ code: 'BANNED_TERM', severity: 'SUGGESTION' })]);
    expect(lowered.drifted).toBe(false);
    const off = checkDrift({ ...base, toneRules: { ...base.toneRules, severityOverrides: { BANNED_TERM: 'OFF' } } }, tools);
    expect(off.flags).toEqual([]);
  });

  it('should give the same report with a pack compiled once', () => {
    const input = tweet('en', text);
    expect(checkDrift(input, tools, compileToneRules(input.toneRules))).toEqual(checkDrift(input, tools));
  });

  it('should check without tone rules', () => {
    const { toneRules: _unused, ...input } = tweet('en', 'Brightens over 30 minutes, €79, free shipping until 30 November, no subscription needed. https://orbit.example.com/lamp');
    expect(checkDrift(input, tools).drifted).toBe(false);
  });
});
