import type { ChannelSpec } from '../channel-spec';

/** X/Twitter post: one text, links allowed (each counts 23), 280 weighted characters since 2017-11-07. */
export const tweetSpec: ChannelSpec = {
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
};
