import type { ChannelSpec, ChannelSpecExample } from '../channel-spec';

const URL = 'https://bruma.example.com/aurora';
/** 256 characters of Latin text: with a space and a URL (23) it weighs 280. */
const LATIN_256 = 'Aurora grinds for a double espresso in under ten seconds. '.repeat(5).slice(0, 256);

/** Ok and not-ok tweets; twitter-text weighs URLs 23 and CJK characters 2. */
export const examples: readonly ChannelSpecExample[] = [
  {
    name: 'a short tweet with a link',
    date: '2026-03-01',
    content: { text: `Meet Aurora, our quietest grinder yet. €149 until 31 March. ${URL}` },
    breaches: [],
  },
  {
    name: 'a tweet of exactly 280 weighted characters (the URL counts 23)',
    date: '2026-03-01',
    content: { text: `${LATIN_256} ${URL}/with/a/very/long/path/that/still/counts/twenty-three` },
    breaches: [],
  },
  {
    name: 'a tweet of 281 weighted characters',
    date: '2026-03-01',
    content: { text: `${LATIN_256}x ${URL}` },
    breaches: [{ limit: 'tweet.length', section: 'text' }],
  },
  {
    name: 'a tweet of 141 CJK characters (each weighs 2)',
    date: '2026-03-01',
    content: { text: '静'.repeat(141) },
    breaches: [{ limit: 'tweet.length', section: 'text' }],
  },
  {
    name: 'a tweet of 150 characters before the 280 limit took effect',
    date: '2017-01-15',
    content: { text: 'a'.repeat(150) },
    breaches: [{ limit: 'tweet.length', section: 'text' }],
  },
];

/** X/Twitter post: one text, links allowed (each counts 23), 280 weighted characters since 2017-11-07. */
export const tweetSpec: ChannelSpec<'TWEET'> = {
  channel: 'TWEET',
  label: 'Tweet',
  allowsLinks: true,
  sections: [{ name: 'text', required: true, purpose: 'the whole post, with the call-to-action URL' }],
  limits: [
    {
      id: 'tweet.length',
      sections: ['text'],
      measure: 'tweetLength',
      level: 'hard',
      history: [
        { since: '2006-03-21', max: 140 },
        { since: '2017-11-07', max: 280 },
      ],
      note: 'Weighted length by twitter-text: most characters count 1, CJK and emoji 2, every URL 23.',
    },
  ],
  examples,
};
