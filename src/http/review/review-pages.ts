import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';

/** The review pages the hub serves; each is a handlebars template under `templates/review/`. */
const REVIEW_PAGES = {
  'sign-in': { title: 'Sign in', script: 'sign-in' },
  campaigns: { title: 'Awaiting review', script: 'campaigns' },
  campaign: { title: 'Review a campaign', script: 'campaign' },
} as const;

/** A review page's name. */
export type ReviewPage = keyof typeof REVIEW_PAGES;

/** Renders a review page to a full HTML document. */
export type RenderReviewPage = (page: ReviewPage) => string;

/**
 * Compiles the layout and the pages once (start-up fails on a broken template) and answers a renderer.
 * NOTE: the server renders only the page shells, never data: the browser fetches copy from /graphql with the
 * key in a header and fills it in with `textContent`, so the server never needs the key outside /graphql and
 * no request data reaches a template. The shells are static, so each is rendered once here.
 */
export function compileReviewPages(projectRoot: string): RenderReviewPage {
  const dir = path.join(projectRoot, 'templates', 'review');
  const hbs = Handlebars.create();
  const compile = (name: string) => hbs.compile(fs.readFileSync(path.join(dir, `${name}.hbs`), 'utf8'), { strict: true });
  const layout = compile('layout');
  const rendered = new Map<ReviewPage, string>();
  for (const [name, meta] of Object.entries(REVIEW_PAGES) as Array<[ReviewPage, (typeof REVIEW_PAGES)[ReviewPage]]>) {
    const body = compile(name)({});
    rendered.set(name, layout({ ...meta, body: new Handlebars.SafeString(body), signedInPage: name !== 'sign-in' }));
  }
  return (page) => rendered.get(page) as string;
}
