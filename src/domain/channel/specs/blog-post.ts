import type { ChannelSpec, ChannelSpecExample } from '../channel-spec';

const BODY = 'Aurora grinds for a double espresso in under ten seconds.\n\n## Key facts\n\n- 40 grind settings\n';
const META = 'Aurora grinds beans for a double espresso in under ten seconds, quietly enough not to wake the house. Pre-order from 3 March.';

/** Ok and not-ok posts: title (60 recommended), meta description (120–160), at least one heading in the body. */
export const examples: readonly ChannelSpecExample[] = [
  {
    name: 'a post with a short title, a 125-character description and a heading',
    date: '2026-03-01',
    content: { title: 'Meet Aurora, our quietest grinder yet', slug: 'meet-aurora', metaDescription: META, body: BODY },
    breaches: [],
  },
  {
    name: 'a 70-character title (search results cut it)',
    date: '2026-03-01',
    content: { title: 't'.repeat(70), metaDescription: META, body: BODY },
    breaches: [{ limit: 'blog.title', section: 'title' }],
  },
  {
    name: 'a 90-character meta description (too short to use the snippet)',
    date: '2026-03-01',
    content: { title: 'Meet Aurora', metaDescription: 'm'.repeat(90), body: BODY },
    breaches: [{ limit: 'blog.meta-description', section: 'metaDescription' }],
  },
  {
    name: 'a body without a single heading',
    date: '2026-03-01',
    content: { title: 'Meet Aurora', metaDescription: META, body: 'Aurora grinds.\n\n#Aurora is not a heading.' },
    breaches: [{ limit: 'blog.body-headings', section: 'body' }],
  },
];

/** Blog post: title, slug, meta description and a markdown body with headings (rendered to HTML). */
export const blogPostSpec: ChannelSpec<'BLOG_POST'> = {
  channel: 'BLOG_POST',
  label: 'Blog post',
  allowsLinks: true,
  sections: [
    { name: 'title', required: true, purpose: 'the post title (also the page title)' },
    { name: 'slug', required: false, purpose: 'the URL path segment: lower-case words joined by hyphens' },
    { name: 'metaDescription', required: false, purpose: 'the search-result snippet' },
    { name: 'body', required: true, purpose: 'markdown with headings, with the call-to-action URL' },
  ],
  limits: [
    {
      id: 'blog.title',
      sections: ['title'],
      measure: 'characters',
      level: 'recommended',
      history: [{ since: '2010-01-01', max: 60 }],
      note: 'Search results show about 60 characters of a title.',
    },
    {
      id: 'blog.meta-description',
      sections: ['metaDescription'],
      measure: 'characters',
      level: 'recommended',
      history: [{ since: '2018-05-01', min: 120, max: 160 }],
      note: 'Search results show a description of about 120 to 160 characters; shorter ones get replaced.',
    },
    {
      id: 'blog.body-headings',
      sections: ['body'],
      measure: 'headings',
      level: 'recommended',
      history: [{ since: '2010-01-01', min: 1 }],
      note: 'Readers scan a post by its headings: at least one markdown heading (## …).',
    },
  ],
  examples,
};
