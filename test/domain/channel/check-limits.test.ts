import { CHANNELS, channelSpec, isChannel } from '../../../src/domain/channel';
import { blogPostSpec } from '../../../src/domain/channel/specs/blog-post';
import { instagramCarouselSpec } from '../../../src/domain/channel/specs/instagram-carousel';
import { checkLimits, hashtagsOf, headingsOf, measureText } from '../../../src/domain/channel/check-limits';
import { limitValueOn } from '../../../src/domain/channel/channel-spec';
import type { TextMetrics } from '../../../src/domain/channel/text-metrics';

const metrics: TextMetrics = { tweetLength: (text) => [...text].length * 2 };
const limit = (id: string) => {
  const found = [...blogPostSpec.limits, ...instagramCarouselSpec.limits].find((l) => l.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('headingsOf', () => {
  it('should count markdown ATX headings and nothing that only starts with #', () => {
    expect(headingsOf('# One\ntext\n   ## Two\n####### no\n#hashtag\n    # code\n###\n')).toEqual(['#', '##', '###']);
  });
});

describe('measureText', () => {
  it('should measure by the limit: code points, headings or the tweet metric', () => {
    expect(measureText(limit('blog.title'), 'Ål🙂', metrics)).toBe(3);
    expect(measureText(limit('blog.body-headings'), '## a\n## b', metrics)).toBe(2);
    expect(measureText({ ...limit('blog.title'), measure: 'tweetLength' }, 'ab', metrics)).toBe(4);
  });
});

describe('hashtagsOf', () => {
  it('should find Unicode hashtags but not anchors or HTML entities', () => {
    expect(hashtagsOf('#Кофе и #café, not a#b, &#39; or url/#frag #2026')).toEqual(['Кофе', 'café']);
  });
});

describe('limitValueOn', () => {
  it('should pick the value in force on a date, or the oldest before them all', () => {
    const hashtags = limit('instagram.hashtags');
    expect(limitValueOn(hashtags, '2025-11-30').max).toBe(30);
    expect(limitValueOn(hashtags, '2025-12-01').max).toBe(5);
    expect(limitValueOn(hashtags, '2000-01-01').max).toBe(30);
  });

  it('should refuse a limit without values', () => {
    expect(() => limitValueOn({ ...hashtags(), history: [] }, '2026-01-01')).toThrow('has no values');
  });
});

function hashtags() {
  return limit('instagram.hashtags');
}

describe('checkLimits', () => {
  it('should flag an empty body for its missing heading but ignore a body that is not there', () => {
    expect(checkLimits(blogPostSpec, { title: 'T', body: '' }, '2026-01-01', metrics).map((b) => b.limit.id)).toEqual(['blog.body-headings']);
    expect(checkLimits(blogPostSpec, { title: 'T' }, '2026-01-01', metrics)).toEqual([]);
  });
});

describe('the channel registry', () => {
  it('should know each channel and give its spec', () => {
    expect(CHANNELS.filter(isChannel)).toEqual(CHANNELS);
    expect(isChannel('LINKEDIN')).toBe(false);
    for (const channel of CHANNELS) expect(channelSpec(channel).channel).toBe(channel);
  });
});
