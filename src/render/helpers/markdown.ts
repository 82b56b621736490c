import MarkdownIt from 'markdown-it';
import { mergeTagAt } from './merge-tags';

/**
 * Markdown to HTML for blog posts. Copy is untrusted: raw HTML is disabled (so `<script>` is shown as text,
 * escaped), markdown-it refuses `javascript:` links, and typographic replacements are off so quotes and dashes
 * stay as the master wrote them.
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

// NOTE: runs before emphasis so that Mailchimp's `*|FNAME|*` stays a merge tag instead of becoming <em>|FNAME|</em>.
md.inline.ruler.before('emphasis', 'merge_tag', (state, silent) => {
  const tag = mergeTagAt(state.src, state.pos);
  if (tag === undefined) return false;
  if (!silent) state.push('text', '', 0).content = tag;
  state.pos += tag.length;
  return true;
});

/** Safe HTML for a markdown text. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** A markdown link `[text](<url>)` whose text cannot break out of the brackets and whose URL may hold spaces. */
export function markdownLink(text: string, url: string): string {
  const label = text.replace(/([\\[\]])/gu, '\\$1');
  const target = url.replace(/[<>\n]/gu, encodeURIComponent);
  return `[${label}](<${target}>)`;
}
