import { channelSections } from '../../../src/domain/text/sections';
import { blankSpans, insideAny, tagSpans } from '../../../src/domain/text/spans';
import { normalizeWord, wordsOf } from '../../../src/domain/text/words';

describe('wordsOf', () => {
  it('should split elisions and clitics but keep the middle dot and English negations', () => {
    expect(wordsOf("L'abonament d’octubre: instal·lació, don't, Pawpal's", 'ca').map((w) => w.lower)).toEqual([
      'l', 'abonament', 'd', 'octubre', 'instal·lació', "don't", 'pawpal', 's',
    ]);
  });

  it('should keep numbers whole and mark them numeric', () => {
    expect(wordsOf('Hinta 9,99 € ja 2.5.', 'fi').map((w) => [w.text, w.numeric])).toEqual([['Hinta', false], ['9,99', true], ['ja', false], ['2.5', true]]);
  });

  it('should normalise ё and keep offsets', () => {
    const [word] = wordsOf('  Ёлка', 'ru');
    expect(word).toEqual({ text: 'Ёлка', lower: 'елка', start: 2, end: 6, numeric: false, clause: 0 });
    expect(normalizeWord('Soft\u00ADhyphen’s')).toBe("softhyphen's");
  });

  it('should number clauses by where they start, at punctuation but not inside words or numbers', () => {
    const clauses = (text: string, lang = 'en') => wordsOf(text, lang).map((w) => `${w.text}@${w.clause}`);
    expect(clauses("If not, you can cancel – it's 9.99 a month")).toEqual(['If@0', 'not@0', 'you@7', 'can@7', 'cancel@7', 'it@24', 's@24', '9.99@24', 'a@24', 'month@24']);
    const thai = wordsOf('ไม่มีค่าธรรมเนียม. ยกเลิก', 'th');
    expect(thai[0]?.clause).toBe(0);
    expect(thai[thai.length - 1]?.clause).toBe('ไม่มีค่าธรรมเนียม.'.length);
  });

  it('should keep a word whole across invisible format characters, and split at them elsewhere', () => {
    expect(wordsOf('Ei kuu\u00ADkausi\u00ADmaksua, zero\u200Bwidth, bidi\u200Emark', 'fi').map((w) => w.lower)).toEqual(['ei', 'kuukausimaksua', 'zerowidth', 'bidimark']);
    expect(wordsOf('Hei \u200Fmaailma\u200F!', 'fi').map((w) => w.lower)).toEqual(['hei', 'maailma']);
    expect(wordsOf('Perhe 👨\u200D👩\u200D👧 mukaan', 'fi').map((w) => w.lower)).toEqual(['perhe', 'mukaan']);
  });

  it('should segment scripts written without spaces with Intl.Segmenter', () => {
    expect(wordsOf('東京で会いましょう', 'ja').length).toBeGreaterThan(1);
  });

  it('should lower-case word by word when lower case changes the length', () => {
    expect(wordsOf('İstanbul Kart', 'tr').map((w) => w.text)).toEqual(['İstanbul', 'Kart']);
  });
});

describe('spans', () => {
  it('should find hashtags and mentions but not anchors or entities', () => {
    const text = '#Saunala @pawpal x.fi/#top &#38;';
    expect(tagSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['#Saunala', '@pawpal']);
    expect(tagSpans('no tags')).toEqual([]);
  });

  it('should blank spans and tell overlaps', () => {
    expect(blankSpans('ab cd', [{ start: 0, end: 2 }])).toBe('   cd');
    expect(insideAny([{ start: 2, end: 4 }], 3, 5)).toBe(true);
    expect(insideAny([{ start: 2, end: 4 }], 4, 5)).toBe(false);
  });
});

describe('channelSections', () => {
  it('should read only the channel fields, numbering slides', () => {
    expect(channelSections('INSTAGRAM_CAROUSEL', { slides: ['a', 'b'], caption: 'c', text: 'ignored' }).map((s) => s.name)).toEqual(['slides[1]', 'slides[2]', 'caption']);
    expect(channelSections('EMAIL', { subject: 's', body: 'b' }).map((s) => s.name)).toEqual(['subject', 'body']);
  });
});
