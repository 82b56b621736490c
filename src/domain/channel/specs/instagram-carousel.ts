import type { ChannelSpec, ChannelSpecExample } from '../channel-spec';

const SLIDES = ['Meet Aurora', '40 grind settings', 'Pre-order Aurora\nLink in bio'];
const CAPTION = 'Quiet enough not to wake the house. Pre-order Aurora: link in bio.';
const SIX_TAGS = `${CAPTION} #Bruma #Aurora #coffee #espresso #grinder #homebarista`;

/** Ok and not-ok carousels: slide count (2–20, 10 before August 2024), caption length, hashtags (5, 30 before). */
export const examples: readonly ChannelSpecExample[] = [
  {
    name: 'a three-slide carousel with two hashtags',
    date: '2026-03-01',
    content: { slides: SLIDES, caption: `${CAPTION} #Bruma #Aurora` },
    breaches: [],
  },
  {
    name: 'a single slide (a carousel needs two)',
    date: '2026-03-01',
    content: { slides: ['Meet Aurora'], caption: CAPTION },
    breaches: [{ limit: 'instagram.slides', section: 'slides' }],
  },
  {
    name: 'fifteen slides before Instagram allowed more than ten',
    date: '2024-05-01',
    content: { slides: Array.from({ length: 15 }, () => 'Aurora'), caption: CAPTION },
    breaches: [{ limit: 'instagram.slides', section: 'slides' }],
  },
  {
    name: 'twenty-one slides',
    date: '2026-03-01',
    content: { slides: Array.from({ length: 21 }, () => 'Aurora'), caption: CAPTION },
    breaches: [{ limit: 'instagram.slides', section: 'slides' }],
  },
  {
    name: 'a caption of 2,201 characters',
    date: '2026-03-01',
    content: { slides: SLIDES, caption: 'c'.repeat(2201) },
    breaches: [{ limit: 'instagram.caption', section: 'caption' }],
  },
  {
    name: 'six hashtags after the cut to five',
    date: '2026-03-01',
    content: { slides: SLIDES, caption: SIX_TAGS },
    breaches: [{ limit: 'instagram.hashtags', section: 'caption+slides' }],
  },
  {
    name: 'six hashtags while thirty were allowed',
    date: '2025-06-01',
    content: { slides: SLIDES, caption: SIX_TAGS },
    breaches: [],
  },
  {
    name: 'a slide of 151 characters (too much text for an image)',
    date: '2026-03-01',
    content: { slides: ['Meet Aurora', 's'.repeat(151)], caption: CAPTION },
    breaches: [{ limit: 'instagram.slide-text', section: 'slides[2]' }],
  },
];

/** Instagram carousel: 2–20 slides of short on-image text and a caption; links are not clickable. */
export const instagramCarouselSpec: ChannelSpec<'INSTAGRAM_CAROUSEL'> = {
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
  examples,
};
