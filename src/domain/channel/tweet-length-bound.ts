/**
 * A cheap upper bound of Twitter's weighted length, so a check can skip the exact count (twitter-text's
 * `parseTweet`, the costliest step of a tweet check) when copy clearly fits.
 * NOTE: the bound follows twitter-text's v3 weights: code points in U+0000–U+10FF, U+2000–U+200D,
 * U+2010–U+201F and U+2032–U+2037 weigh 1, all others 2 (emoji sequences count at most that much per code
 * point); every URL counts 23 whatever its length, and every URL has a dot followed by a letter (its TLD), so
 * 23 per such dot covers URLs shorter than 23 characters. The exact length is never above this.
 */
export function tweetLengthBound(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      weight += 2;
      i++;
    } else if (c <= 0x10ff || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037)) {
      weight += c === 0x2e && isLetter(text.charCodeAt(i + 1)) ? 24 : 1;
    } else weight += 2;
  }
  return weight;
}

/** ASCII or any non-ASCII letter-ish code unit (a TLD may be internationalised): erring towards "letter" keeps the bound safe. */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0x80;
}
