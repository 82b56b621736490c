/**
 * Channel copy in one shape for every channel (as the contract's VariantContentInput); each channel reads
 * its own fields: TWEET `text`; EMAIL `subject`, `preheader`, `body`; BLOG_POST `title`, `body`;
 * INSTAGRAM_CAROUSEL `slides`, `caption`. `html` is rendered output for EMAIL and BLOG_POST, never input.
 */
export interface VariantContent {
  readonly text?: string;
  readonly subject?: string;
  readonly preheader?: string;
  readonly title?: string;
  readonly body?: string;
  readonly slides?: readonly string[];
  readonly caption?: string;
  readonly html?: string;
}

/** The content fields a caller may write (everything but rendered `html`). */
export type VariantContentField = Exclude<keyof VariantContent, 'html'>;
