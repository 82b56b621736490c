import { extractValues } from '../../../src/domain/facts/extract-values';
import { describeValue } from '../../../src/domain/facts/fact-value';

const ctx = { currentYear: 2026 };
const claims = (text: string, lang: string) => extractValues(text, lang, ctx).filter((v) => v.strength === 'claim').map((v) => describeValue(v.value));
const all = (text: string, lang: string) => extractValues(text, lang, ctx).map((v) => `${describeValue(v.value)}:${v.strength}`);

describe('extractValues', () => {
  it.each([
    ['en', 'Tickets cost €12.50 or 12.50 EUR at the door', ['12.50 EUR', '12.50 EUR']],
    ['fi', 'Hinta 12,50 € tai 1 000,50 € vuodessa', ['12.50 EUR', '1000.50 EUR']],
    ['ru', 'Абонемент 2 500 ₽ или 2 500 руб. в месяц, 300 рублей за день', ['2500 RUB', '2500 RUB', '300 RUB']],
    ['kk', 'Бағасы 9 900 ₸-ге дейін, 9 900 тг', ['9900 KZT', '9900 KZT']],
    ['ca', "L'entrada val 8,00 € i el carnet 1.000 €", ['8 EUR', '1000 EUR']],
    ['en', 'Just $5 or £4 or 99 kr', ['5 USD', '4 GBP', '99 KR']],
    ['kk', 'Жүлде қоры — 250 мың теңге, ал жолдама 1,5 млн ₸', ['250000 KZT', '1500000 KZT']],
    ['ru', 'Ремонт от 12 тыс. ₽, грант до 2 млн рублей', ['12000 RUB', '2000000 RUB']],
    ['en', 'Raised £45k of a £1.2 million goal', ['45000 GBP', '1200000 GBP']],
    ['ca', 'Un premi de 20 mil euros', ['20000 EUR']],
    ['en', 'From C$12 or A$13, ₴400, 50 zł, ¥800, ₹90 and 30 CHF', ['12 CAD', '13 AUD', '400 UAH', '50 PLN', '800 JPY', '90 INR', '30 CHF']],
    ['kk', 'Бағасы 20 еуро немесе 25 доллар', ['20 EUR', '25 USD']],
    ['en', 'Try 5 classes for 10 EUR', ['5', '10 EUR']],
    ['fi', 'Kausikortti 289 € 31.10. asti', ['289 EUR', '31 October']],
    ['en', 'Pay 40 € 12.5 or 40 EUR 12', ['40 EUR', '12.5', '40 EUR', '12']],
  ])('should read prices with their currency (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', '25% off, or 25 % off, or −25% off', ['25%', '25%', '25%']],
    ['fi', 'Alennus 25 prosenttia tai +25 %', ['25%', '25%']],
    ['ru', 'Скидка 25 процентов', ['25%']],
    ['kk', '25 пайыз жеңілдік', ['25%']],
    ['ca', 'Tot a meitat de preu', ['50%']],
    ['ca', 'Els socis paguen la meitat', ['50%']],
    ['fi', 'Toinen lippu maksaa vain puolet', ['50%']],
    ['ru', 'Второй кофе вдвое дешевле', ['50%']],
    ['en', 'Students pay half', ['50%']],
  ])('should read percentages in words and signs (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it.each([
    ['fi', 'Ovet aukeavat 14. kesäkuuta ja 14.6. sekä 14.6.2026', ['14 June', '14 June', '14 June 2026']],
    ['ru', 'Старт 14 июня, финал 1 мая', ['14 June', '1 May']],
    ['kk', 'Маусымның соңы: 14 маусымда, 1 мамырға дейін', ['14 June', '1 May']],
    ['ca', 'Obrim el 14 de juny i el 2 d’abril', ['14 June', '2 April']],
    ['en', 'Opens June 14th, 2026 and closes 2 July; ISO 2026-07-02', ['14 June 2026', '2 July', '2 July 2026']],
    ['ca', 'Del 3 al 5 de maig i del 7 al 9/6', ['3 May', '5 May', '7 June', '9 June']],
    ['fi', 'Kurssi 3.–5.5.', ['3 May', '5 May']],
    ['en', 'Valid 14/06 only', ['14 June']],
    ['kk', 'Сатылым шілденің 5-інен басталып, тамыздың 20-сына дейін созылады', ['5 July', '20 August']],
    ['fi', 'Näyttely avataan kesäkuun 6. päivänä ja suljetaan syyskuun 27.', ['6 June', '27 September']],
    ['ru', 'Запись до 5 сент. и до 12 дек.', ['5 September', '12 December']],
    ['ca', 'Del 3 set. al 7 oct., i set dies de descans', ['3 September', '7 October', '7 days']],
    ['fi', 'Ilmoittaudu 9. lokak. mennessä', ['9 October']],
  ])('should read dates with month names and numbers (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it('should imply the length of a date range, weakly', () => {
    expect(all("Del 9 al 18 d'octubre", 'ca').filter((v) => !/day:/.test(v))).toEqual(['9 October:claim', '18 October:claim', '10 days:weak']);
  });

  it('should imply the weekday of a date, weakly', () => {
    expect(all('Opens 3 October 2026', 'en')).toEqual(['3 October 2026:claim', 'Saturday:weak']);
  });

  it.each([
    ['fi', 'Auki ma–pe ja ke ja la klo 10, su 12–16', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Wednesday', 'Saturday', 'Sunday']],
    ['ru', 'По средам и в субботу', ['Wednesday', 'Saturday']],
    ['ca', 'Cada dijous i divendres', ['Thursday', 'Friday']],
    ['kk', 'Әр сәрсенбі сайын', ['Wednesday']],
    ['en', 'Open Thursdays; the sun is out on Sat', ['Thursday']],
  ])('should read weekdays, and abbreviations only in schedules (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang).filter((v) => /day$/.test(v))).toEqual(expected);
  });

  it('should read weekday groups as weak values', () => {
    expect(all('Auki arkisin', 'fi')).toEqual(['Monday:weak', 'Tuesday:weak', 'Wednesday:weak', 'Thursday:weak', 'Friday:weak']);
  });

  it('should let an English date that reads both ways match either way', () => {
    const [value] = extractValues('Open 3/4', 'en', ctx);
    expect(value?.value).toEqual({ kind: 'date', day: 3, month: 4, swappable: true });
  });

  it.each([
    ['fi', 'Auki klo 9–17 ja kello 18.30', ['09:00', '17:00', '18:30']],
    ['ca', 'Concert a les 20 h, portes 19.30 h', ['20:00', '19:30']],
    ['en', 'Doors at 7 pm, show 19:30, brunch 10.30 a.m.', ['19:00', '19:30', '10:30']],
    ['kk', 'Сағат 19:00-де басталады', ['19:00']],
    ['fi', 'Ovet 18.30, esitys 21.00, liput 10.00 €, päivä 15.11.', ['18:30', '21:00', '10 EUR', '15 November']],
    ['ca', 'La biblioteca obre de 9 a 14 h i de 16.30 h a 20 h', ['09:00', '14:00', '16:30', '20:00']],
  ])('should read clock times (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Канистра 5 л, или 5 литров, вес 2 кг', ['5 l', '5 l', '2 kg']],
    ['en', 'A 2-week trial, then two weeks more, 90 minutes a day', ['14 days', '14 days', '90 min']],
    ['fi', 'Kokeile kaksi viikkoa, sitten 3 kk', ['14 days', '3 months']],
    ['kk', 'Екі апта тегін, кейін 24 сағат', ['14 days', '1440 min']],
    ['ca', 'Prova dues setmanes i els dos primers mesos', ['14 days', '2 months']],
    ['ru', 'Уборка раз в полгода', ['6 months']],
    ['fi', 'Asunto 54 m², parveke 6 neliötä, katto 250 cm', ['54 m²', '6 m²', '2.5 m']],
    ['kk', 'Пәтер 48 шаршы метр, ас үй 9 м²', ['48 m²', '9 m²']],
    ['en', 'Pours 330 ml in 40 seconds, stores 2 TB', ['0.33 l', '0.6666666666666666 min', '2000000 Mbit']],
    ['fi', 'Alle 7-vuotiaat ilmaiseksi, 12-vuotiaille puoleen hintaan', ['84 months', '144 months', '50%']],
  ])('should read quantities and durations in base units (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it('should read day-month with a point as a date where decimals take a comma, not in English', () => {
    expect(claims('Только до 31.03: скидка', 'ru')).toEqual(['31 March']);
    expect(claims('Now 31.03 off', 'en')).toEqual(['31.03']);
    expect(claims('Hinta 1.10 € ja 2.5 kg', 'fi')).toEqual(['1.10 EUR', '2.5 kg']);
  });

  it('should read an English month-first day range', () => {
    expect(claims('Sale April 1–7 and Oct 3rd to 5th', 'en')).toEqual(['1 April', '7 April', '3 October', '5 October']);
  });

  it('should read a counted noun before a unit in rate form as a count, not a duration', () => {
    expect(claims('Kolme lähtöä päivässä, toimitus 3 päivässä', 'fi')).toEqual(['3', '3 days']);
    expect(claims('Айына бес сабақ, бес сабақ айына', 'kk')).toEqual(['5', '5']);
    expect(claims('Seitsemän ilmaista päivää', 'fi')).toEqual(['7 days']);
  });

  it('should read "three times" in one word as the number, never as a unit', () => {
    expect(claims('Laiva kulkee kolmesti päivässä', 'fi')).toEqual(['3']);
    expect(claims('Автобус ходит трижды в день', 'ru')).toEqual(['3']);
    expect(all('Twice a week', 'en')).toEqual(['2:word', '7 days:weak']);
  });

  it.each([
    ['ca', 'Taller de 2 h 30 min o dues hores i mitja, una hora i mitja', ['150 min', '150 min', '90 min']],
    ['en', 'Two and a half hours, an hour and a half, 1 hour 15 minutes', ['150 min', '90 min', '75 min']],
    ['ru', 'Два с половиной часа или полтора часа', ['150 min', '90 min']],
    ['fi', 'Kaksi ja puoli tuntia, puolitoista tuntia, 2 tuntia 30 minuuttia', ['150 min', '90 min', '150 min']],
    ['kk', 'Екі жарым сағат немесе бір жарым сағат', ['150 min', '90 min']],
    ['ca', 'Cancel·lació fins a 24 h abans, a les 21 h', ['1440 min', '21:00']],
  ])('should read durations of two units and of a unit and a half as one value (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Заказ до 9 вечера, в 3 часа дня, в 8 утра', ['21:00', '15:00', '08:00']],
    ['ca', 'A les 6 de la tarda o a les 10 de la nit', ['18:00', '22:00']],
    ['fi', 'Klo 9 illalla tai kello 8 aamulla', ['21:00', '08:00']],
    ['en', 'Doors at 7 in the evening', ['19:00']],
  ])('should read an hour with a part of the day as a clock time (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'Fifteen per cent off for six thousand runners', ['15%', '6000']],
    ['ru', 'Двадцать процентов скидки, шесть тысяч зрителей', ['20%', '6000']],
    ['kk', 'Балалар 8-14 жас, COVID-19 жоқ', ['8', '14']],
    ['fi', '150 kilometriä ja 2 kiloa', ['150000 m', '2 kg']],
  ])('should read number words with percent and scale words, ranges with a hyphen and long unit names (%s: %s)', (lang, text, expected) => {
    expect(claims(text, lang)).toEqual(expected);
  });

  it('should read "4 дня" as days and "полчаса" as half an hour, and the weekend as no time', () => {
    expect(claims('Готово через 4 дня, курьер за полчаса', 'ru')).toEqual(['4 days', '30 min']);
    expect(all('Un pla per al cap de setmana', 'ca')).toEqual(['7 days:weak']);
  });

  it('should leave bounds unread unless asked', () => {
    expect(extractValues('Доставка от 3 000 ₽', 'ru', ctx).map((v) => v.bound)).toEqual([undefined]);
  });

  it('should read a dotted date followed by a comma, and Russian clock hours with "часов"', () => {
    expect(claims('Сезон с 1.05 по 30.09, от 3 500 ₽', 'ru')).toEqual(['1 May', '30 September', '3500 RUB']);
    expect(claims('Открыто с 11 до 16 часов, в 18 ч, доставка до 2 часов', 'ru')).toEqual(['11:00', '16:00', '18:00', '120 min']);
  });

  it('should read English plural numbers as weak ("Over-18s")', () => {
    expect(all('Over-18s only', 'en')).toEqual(['18:weak']);
  });

  it.each([
    ['ru', 'Доставка от 3 000 ₽, заказ до 20:00, не больше 8 человек', ['min от', 'max до', 'max не больше']],
    ['en', 'From £29, up to 50% off, until 30 June', ['min From', 'max up to', 'max until']],
    ['fi', 'Voimassa 1.6. alkaen, 31.8. asti, jopa 50 %', ['min alkaen', 'max asti', 'max jopa']],
    ['kk', '1 маусымнан бастап, 30 маусымға дейін', ['min бастап', 'max дейін']],
    ['ca', "Des de l'1 de juny fins al 30 de juny", ["min Des de l'", 'max fins al']],
  ])('should read the bound words around a value (%s: %s)', (lang, text, expected) => {
    const bounds = extractValues(text, lang, ctx, [], undefined, true)
      .filter((v) => v.strength === 'claim')
      .map((v) => (v.bound ? `${v.bound.kind} ${v.bound.word}` : 'none'));
    expect(bounds).toEqual(expected);
  });

  it('should read ordinals as no claim', () => {
    expect(all('Sali on 2. kerroksessa', 'fi')).toEqual(['2:weak']);
    expect(all('Мы на 3-м этаже', 'ru')).toEqual(['3:weak']);
  });

  it('should read Russian and Kazakh day numbers with a case ending', () => {
    expect(claims('С 1-го июня', 'ru')).toEqual(['1 June']);
    expect(claims('1-маусымнан бастап; 15-і наурыз', 'kk')).toEqual(['1 June', '15 March']);
  });

  it('should skip keycap emoji used as list numbers', () => {
    expect(claims('1️⃣ Gentle light 2️⃣ Fair price', 'en')).toEqual([]);
  });

  it('should read labelled positions as no claim', () => {
    expect(all('Step 1: download. № 5', 'en')).toEqual(['1:weak', '5:weak']);
    expect(all('Vaihe 2: maksu', 'fi')).toEqual(['2:weak']);
    expect(all('Шаг 3: оплата', 'ru')).toEqual(['3:weak']);
  });

  it('should skip phone numbers', () => {
    expect(claims('Soita 040 123 4567 tai +358 40 123 4567, тел. 8 (727) 123-45-67', 'fi')).toEqual([]);
  });

  it('should skip brand numbers, list numbers, idioms and this year', () => {
    expect(claims('Our 4G router, support 24/7. Since 1998, summer 2026.', 'en')).toEqual(['1998']);
    expect(claims('## 1. Why\n2) Because\n\n1. First', 'en')).toEqual([]);
  });

  it('should mark number words and implied units as weaker than written values', () => {
    expect(all('Two friends, one week free', 'en')).toEqual(['2:word', '7 days:weak']);
    expect(all('Saunoja on kolme', 'fi')).toEqual(['3:claim']);
    expect(all('Dinou tallers i setanta places', 'ca')).toEqual(['19:claim', '70:claim']);
    expect(all('Семнадцать мастеров', 'ru')).toEqual(['17:claim']);
    expect(all('Toimitus kolmessa päivässä, asennus viidessä tunnissa', 'fi')).toEqual(['3 days:claim', '300 min:claim']);
    expect(all('через год', 'ru')).toEqual(['12 months:claim']);
    expect(all('vuoden kuluttua', 'fi')).toEqual(['12 months:claim']);
  });

  it('should ignore masked spans such as links and names', () => {
    const text = 'Lumen 360 at lumen.example.com/360 for €5';
    expect(extractValues(text, 'en', ctx, [{ start: 0, end: 9 }, { start: 13, end: 34 }]).map((v) => describeValue(v.value))).toEqual(['5 EUR']);
  });

  it('should read full-width digits and signs, and spaces of every width inside numbers', () => {
    expect(claims('Hinta ４９，９０ € ja alennus ２０％', 'fi')).toEqual(['49.90 EUR', '20%']);
    expect(claims('Всего 12\u202F500\u00A0₽', 'ru')).toEqual(['12500 RUB']);
  });

  it('should read languages without word lists by their digits and signs', () => {
    expect(claims('Precio 30 € y 20%', 'es')).toEqual(['30 EUR', '20%']);
  });

  it('should multiply a number by a scale word, but not read glued letters after a bare number as one', () => {
    expect(claims('Yli 3 tuhatta jäsentä', 'fi')).toEqual(['3000']);
    expect(claims('A 5k run and a 10m pool', 'en')).toEqual([]);
  });
});
