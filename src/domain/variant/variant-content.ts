/**
 * Channel copy in one shape for every channel (as the contract's VariantContentInput); each channel reads
 * its own fields: TWEET `text`; EMAIL `subject`, `preheader`, `body`; BLOG_POST `title`, `body` (and the
 * optional `slug`, `metaDescription`); INSTAGRAM_CAROUSEL `slides`, `caption`. `html` is rendered output for
 * EMAIL and BLOG_POST, never input.
 */
export interface VariantContent {
  readonly text?: string;
  readonly subject?: string;
  readonly preheader?: string;
  readonly title?: string;
  readonly body?: string;
  readonly slides?: readonly string[];
  readonly caption?: string;
  /** BLOG_POST: the URL path segment of the post, derived from the headline. */
  readonly slug?: string;
  /** BLOG_POST: the search-result snippet (`<meta name="description">`). */
  readonly metaDescription?: string;
  readonly html?: string;
}

/** The content fields a caller may write (everything but rendered `html`). */
export type VariantContentField = Exclude<keyof VariantContent, 'html'>;

/** The fields that hold a list of texts (one per slide) rather than one text. */
const LIST_FIELDS: readonly VariantContentField[] = ['slides'];

/** True when `field` holds a list of texts (`slides`). */
export function isListField(field: string): boolean {
  return (LIST_FIELDS as readonly string[]).includes(field);
}
