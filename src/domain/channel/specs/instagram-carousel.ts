import type { ChannelSpec } from '../channel-spec';

/** Instagram carousel: 2–20 slides of short on-image text and a caption; links are not clickable. */
export const instagramCarouselSpec: ChannelSpec = {
  channel: 'INSTAGRAM_CAROUSEL',
  label: 'Instagram carousel',
  allowsLinks: false,
  sections: [
    { name: 'slides', required: true, purpose: 'short on-image text, one idea per slide' },
    { name: 'caption', required: true, purpose: 'the post caption; "link in bio" instead of a URL' },
  ],
  limits: [
    {
      id: 'instagram.slides',
      sections: ['slides'],
      measure: 'items',
      level: 'hard',
      history: [
        { since: '2017-02-22', min: 2, max: 10 },
        { since: '2024-08-01', min: 2, max: 20 },
      ],
      note: 'A carousel holds 2 to 20 images (10 until Instagram raised it in August 2024).',
    },
    {
      id: 'instagram.caption',
      sections: ['caption'],
      measure: 'characters',
      level: 'hard',
      history: [{ since: '2016-01-01', max: 2200 }],
      note: 'Captions are cut at 2,200 characters.',
    },
    {
      id: 'instagram.hashtags',
      sections: ['caption', 'slides'],
      measure: 'hashtags',
      level: 'hard',
      history: [
        { since: '2011-01-27', max: 30 },
        { since: '2025-12-01', max: 5 },
      ],
      note: 'At most 5 hashtags a post since Instagram cut the limit in December 2025 (30 before).',
    },
    {
      id: 'instagram.slide-text',
      sections: ['slides'],
      measure: 'characters',
      level: 'recommended',
      history: [{ since: '2016-01-01', max: 150 }],
      note: 'On-image text stays readable on a phone at about 150 characters a slide.',
    },
  ],
};
