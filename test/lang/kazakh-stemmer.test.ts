import { stemKazakh } from '../../src/lang/kazakh-stemmer';

describe('stemKazakh', () => {
  it.each([
    ['кітаптар', 'кітап'],
    ['кітаптарымызға', 'кітап'],
    ['мектепте', 'мектеп'],
    ['мектептен', 'мектеп'],
    ['қалаларыңызға', 'қала'],
    ['қаладағы', 'қала'],
    ['досыммен', 'дос'],
  ])('should strip the inflection of %s down to %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it('should give every case form of a noun the same stem', () => {
    const forms = ['бағдарлама', 'бағдарламаның', 'бағдарламаға', 'бағдарламаны', 'бағдарламада', 'бағдарламадан', 'бағдарламамен', 'бағдарламалар'];
    expect(new Set(forms.map(stemKazakh)).size).toBe(1);
  });

  it('should undo the voicing of a final consonant before a vowel suffix', () => {
    expect(stemKazakh('сабағы')).toBe(stemKazakh('сабақ'));
    expect(stemKazakh('көлігі')).toBe(stemKazakh('көлік'));
  });

  it('should keep stripping after undoing the voicing, so every form of a derived noun meets', () => {
    const forms = ['жеңілдік', 'жеңілдігі', 'жеңілдігіміз', 'жеңілдікпен', 'жеңілдікке'];
    expect(new Set(forms.map(stemKazakh)).size).toBe(1);
    expect(stemKazakh('тұрақтылығымыз')).toBe(stemKazakh('тұрақтылық'));
  });

  it('should keep at least three letters of a root', () => {
    expect(stemKazakh('ала')).toBe('ала');
    expect(stemKazakh('үйге')).toBe('үйге');
  });

  it('should not strip a suffix whose vowel harmony disagrees with the stem', () => {
    expect(stemKazakh('тереза')).toBe('тереза');
    expect(stemKazakh('кілемдар')).toBe('кілемдар');
  });

  it('should leave a Russian loanword with neutral vowels to lose only real suffixes', () => {
    expect(stemKazakh('интернетке')).toBe('интернет');
  });
});
