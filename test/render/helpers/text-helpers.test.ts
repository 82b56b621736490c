import { hashtagsFrom } from '../../../src/render/helpers/hashtags';
import { formatDate, formatNumber } from '../../../src/render/helpers/intl-format';
import { markdownLink, renderMarkdown } from '../../../src/render/helpers/markdown';
import { slugify } from '../../../src/render/helpers/slug';
import { capitalize, normalizeText, oneLine, truncateWords } from '../../../src/render/helpers/text-tools';
import { safeUrl, stripUrls } from '../../../src/render/helpers/urls';

describe('truncateWords', () => {
  it('should keep a text that fits', () => {
    expect(truncateWords('Meet Aurora', 11)).toBe('Meet Aurora');
  });

  it('should cut at a word boundary and mark the cut with an ellipsis', () => {
    expect(truncateWords('Meet Aurora, our quietest grinder yet', 20)).toBe('Meet Aurora, our…');
  });

  it('should not end on a number cut from its unit', () => {
    expect(truncateWords('Цена запуска действует до 15 апреля', 30)).toBe('Цена запуска действует до…');
  });

  it('should drop the ellipsis after a full sentence', () => {
    expect(truncateWords('Aurora is quiet. It grinds fast and cleans easily.', 18)).toBe('Aurora is quiet.');
  });

  it('should never split a merge tag, even one with spaces', () => {
    expect(truncateWords('Hei {{ first_name }}, tervetuloa mukaan', 22)).toBe('Hei {{ first_name }}…');
    expect(truncateWords('Hei {{ first_name }}, tervetuloa', 12)).toBe('Hei…');
  });

  it('should return nothing when not even one word fits', () => {
    expect(truncateWords('Talvitakki', 5)).toBe('');
    expect(truncateWords('Talvitakki', 0)).toBe('');
  });
});

describe('text tidying', () => {
  it('should put a text on one line but keep no-break spaces', () => {
    expect(oneLine(' a\n\n b\tc\u00a0d ')).toBe('a b c\u00a0d');
  });

  it('should remove trailing spaces and extra blank lines', () => {
    expect(normalizeText('\n a  \n\n\n\nb\n')).toBe('a\n\nb');
  });

  it('should capitalize by the locale', () => {
    expect(capitalize('ссылка в профиле', 'ru')).toBe('Ссылка в профиле');
    expect(capitalize('istanbul', 'tr')).toBe('İstanbul');
  });
});

describe('hashtagsFrom', () => {
  it('should join the words of each term in any script, capitalizing all but the first', () => {
    expect(hashtagsFrom(['Samal Bike', 'Алматы', 'кофемолка аврора'], 5, 'kk')).toBe('#SamalBike #Алматы #кофемолкаАврора');
  });

  it('should keep the first word as written and drop duplicates and wordless terms', () => {
    expect(hashtagsFrom(['iPhone case', 'IPHONE CASE', '2026', 'La Bòbila'], 5, 'ca')).toBe('#iPhoneCase #LaBòbila');
  });

  it('should stop at the maximum', () => {
    expect(hashtagsFrom(['a', 'b', 'c'], 2, 'en')).toBe('#a #b');
  });
});

describe('slugify', () => {
  it('should lower-case and hyphenate words of any script', () => {
    expect(slugify('«Полка Плюс»: новая книга', 'ru')).toBe('полка-плюс-новая-книга');
    expect(slugify('La Bòbila obre un espai de cotreball a Gràcia', 'ca', 30)).toBe('la-bòbila-obre-un-espai-de');
  });
});

describe('locale formatting', () => {
  it('should format numbers and prices as the locale writes them', () => {
    expect(formatNumber(189.9, 'fi', { style: 'currency', currency: 'EUR' })).toBe('189,90\u00a0€');
    expect(formatNumber('1290', 'ru')).toBe('1\u00a0290');
    expect(() => formatNumber('many', 'en')).toThrow('formatNumber needs a number');
  });

  it('should format ISO dates in the locale words', () => {
    expect(formatDate('2026-05-01', 'kk')).toBe('2026 ж. 1 мамыр');
    expect(formatDate('2026-05-02', 'ca')).toBe('2 de maig del 2026');
    expect(formatDate(new Date('2026-03-31T10:00:00Z'), 'en', { day: 'numeric', month: 'long' })).toBe('March 31');
    expect(() => formatDate('soon', 'en')).toThrow('formatDate needs an ISO date');
  });
});

describe('markdown', () => {
  it('should escape raw HTML and refuse javascript links', () => {
    const html = renderMarkdown('<script>alert(1)</script> [x](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
  });

  it('should leave merge tags as text', () => {
    expect(renderMarkdown('Hi *|FNAME|* and {{first_name}} and %%First Name%%')).toBe(
      '<p>Hi *|FNAME|* and {{first_name}} and %%First Name%%</p>\n',
    );
  });

  it('should make links whose label cannot break out', () => {
    expect(markdownLink('Buy [now]', 'https://x.example/a b')).toBe('[Buy \\[now\\]](<https://x.example/a b>)');
  });
});

describe('URLs', () => {
  it('should strip URLs and bare domains from copy', () => {
    expect(stripUrls('Order at https://kuura.example.fi/a?b=1 or www.kuura.fi today.')).toBe('Order at or today.');
    expect(stripUrls('Visit lumenfit.com.')).toBe('Visit.');
    expect(stripUrls('Shop at kettu.se/buds or kettu.dev, mail a.b@kettu.com')).toBe('Shop at or, mail a.b@kettu.com');
  });

  it('should allow only safe schemes in links', () => {
    expect(safeUrl(' https://x.example ')).toBe('https://x.example');
    expect(safeUrl('mailto:hi@x.example')).toBe('mailto:hi@x.example');
    expect(safeUrl('javascript:alert(1)')).toBe('#');
  });
});
