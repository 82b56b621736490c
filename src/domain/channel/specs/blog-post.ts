import type { ChannelSpec } from '../channel-spec';

/** Blog post: title and a markdown body with headings (rendered to HTML). */
export const blogPostSpec: ChannelSpec = {
  channel: 'BLOG_POST',
  label: 'Blog post',
  allowsLinks: true,
  sections: [
    { name: 'title', required: true, purpose: 'the post title (also the page title)' },
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
  ],
};
