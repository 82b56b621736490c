import { ValidationError } from '../../src/domain/errors';
import { requireText, textProblem, urlProblem } from '../../src/domain/input-rules';

describe('user text', () => {
  it('should accept ordinary text in every first-class language and trim it', () => {
    for (const s of ['Hello', 'Привет', 'Сәлем', 'Bon dia, l·l', 'Hyvää päivää']) expect(textProblem(s, 50)).toBeUndefined();
    expect(requireText('  Lumen+  ', 'name', 10)).toBe('Lumen+');
  });

  it.each([
    ['', 'must not be empty'],
    ['  \t ', 'must not be empty'],
    ['a\u0000b', 'control character'],
    ['a\u001bb', 'control character'],
    ['\uD800x', 'lone surrogate'],
    ['two\nlines', 'single line'],
    ['x'.repeat(11), 'at most 10'],
  ])('should refuse %j', (value, problem) => {
    expect(textProblem(value, 10)).toContain(problem);
  });

  it('should allow new lines in multi-line text and count code points, not UTF-16 units', () => {
    expect(textProblem('line one\nline two', 20, { multiline: true })).toBeUndefined();
    expect(textProblem('🚀'.repeat(10), 10)).toBeUndefined();
  });

  it('should name the field in the validation error', () => {
    expect(() => requireText(' ', 'master.headline', 10)).toThrow(ValidationError);
    expect(() => requireText(' ', 'master.headline', 10)).toThrow('master.headline must not be empty');
  });

  it.each(['https://a.example.com/x?y=1', 'http://localhost:4000/'])('should accept the URL %s', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'http or https'],
    ['ftp://files.example.com', 'http or https'],
    ['data:text/html,hi', 'http or https'],
    ['/relative', 'absolute'],
    ['example.com', 'absolute'],
    ['', 'empty'],
  ])('should refuse the URL %j', (url, problem) => {
    expect(urlProblem(url)).toContain(problem);
  });
});
