import { blogPostSpec } from './specs/blog-post';
import { emailSpec } from './specs/email';
import { instagramCarouselSpec } from './specs/instagram-carousel';
import { tweetSpec } from './specs/tweet';

/**
 * Every channel the hub serves, as its spec. Adding a channel (LinkedIn, SMS) means writing its spec in
 * `specs/`, listing it here, and giving it a folder in `templates/`: the `Channel` type, the GraphQL enum,
 * the renderer and the drift engine all follow from this list.
 */
export const SPECS = [blogPostSpec, instagramCarouselSpec, tweetSpec, emailSpec] as const;
