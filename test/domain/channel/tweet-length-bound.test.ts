import fc from 'fast-check';
import { tweetLengthBound } from '../../../src/domain/channel/tweet-length-bound';
import { twitterMetrics } from '../../../src/lang/twitter-metrics';

describe('the upper bound of a tweet\'s weighted length', () => {
  it.each([
    ['plain Latin', 'Ride for €39 a month, repairs included.'],
    ['Cyrillic and Kazakh', 'Жаңа зал 15 қаңтарда ашылады, абонемент 30% арзан'],
    ['CJK', '新しいジムが開きます'],
    ['emoji, including a ZWJ sequence', 'Launch day 🚀🎉 👩‍👩‍👧'],
    ['short URLs', 'See x.co and bit.ly/ab now'],
    ['a long URL', 'More at https://brightline.example.com/ride?utm_source=twitter&utm_medium=social'],
    ['dots that are not URLs', 'Avautuu 2.5. klo 10.00... Tervetuloa!'],
  ])('should never be below twitter-text for %s', (_what, text) => {
    expect(tweetLengthBound(text)).toBeGreaterThanOrEqual(twitterMetrics.tweetLength(text));
  });

  it('should never be below twitter-text for random text', () => {
    const piece = fc.constantFrom('a', 'ä', 'ж', 'ә', '€', ' ', '.', 'x.co', 'https://a.example/p', '🚀', '👩‍👩‍👧', '漢', '–', '…', '#tag', '@me', '\u200D');
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
      const text = parts.join('');
      return tweetLengthBound(text) >= twitterMetrics.tweetLength(text);
    }), { numRuns: 2000 });
  });

  it('should be close to the exact length for ordinary copy, so most tweets skip the exact count', () => {
    const text = 'Brightline e-bikes for €39 a month: repairs and theft insurance included, cancel with 30 days notice. Book a ride https://brightline.example.com/ride';
    expect(tweetLengthBound(text) - twitterMetrics.tweetLength(text)).toBeLessThan(80);
  });
});
