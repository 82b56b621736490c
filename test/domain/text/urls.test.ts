import { findUrls, parseUrl, sameTarget } from '../../../src/domain/text/urls';

describe('findUrls', () => {
  it.each([
    ['Buy at https://shop.example.com/a?utm=x.', 'https://shop.example.com/a?utm=x', 'shop.example.com', '/a'],
    ['Visit www.ratsu.example.fi/kausi/ today', 'www.ratsu.example.fi/kausi/', 'ratsu.example.fi', '/kausi'],
    ['See shop.example.com', 'shop.example.com', 'shop.example.com', ''],
    ['(link: almafitness.example.kz/abai)', 'almafitness.example.kz/abai', 'almafitness.example.kz', '/abai'],
    ['[Tickets](https://salafenix.example.cat/jazz)', 'https://salafenix.example.cat/jazz', 'salafenix.example.cat', '/jazz'],
    ['<a href="https://x.example.com/a">Buy</a>', 'https://x.example.com/a', 'x.example.com', '/a'],
  ])('should find the link in %s', (text, raw, host, path) => {
    expect(findUrls(text)).toEqual([expect.objectContaining({ raw, host, path })]);
  });

  it.each(['Node.js and v1.2 and klo 17.30', 'Mail hello@pawpal.fi', 'Just words. Another sentence.', 'x'.repeat(3000) + '.com'])('should find no link in %s', (text) => {
    expect(findUrls(text)).toEqual([]);
  });

  it('should give the offsets of a link in the text', () => {
    const [url] = findUrls('Go: www.x.fi now');
    expect(url && 'Go: www.x.fi now'.slice(url.start, url.end)).toBe('www.x.fi');
  });
});

describe('sameTarget and parseUrl', () => {
  it('should treat scheme, www, query and trailing slash as the same page', () => {
    const cta = parseUrl('https://www.Example.com/Plus/');
    expect(cta).toEqual({ host: 'example.com', path: '/Plus' });
    expect(sameTarget(cta!, { host: 'example.com', path: '/plus' })).toBe(true);
    expect(sameTarget(cta!, { host: 'example.com', path: '/plus/extra' })).toBe(false);
  });

  it('should not read a word as a link', () => {
    expect(parseUrl('not a link')).toBeUndefined();
  });
});
