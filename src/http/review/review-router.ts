import path from 'node:path';
import express, { type Router } from 'express';
import { compileReviewPages, type ReviewPage } from './review-pages';
import { reviewSecurityHeaders } from './security-headers';

/**
 * `/review`: the reviewers' page, served by the hub itself. Three server-rendered shells (sign in, campaigns
 * awaiting review, one campaign) and their static JS and CSS from `templates/review/assets/`; the page's JS talks to
 * /graphql with the key from sessionStorage in the Authorization header.
 */
export function createReviewRouter(projectRoot: string): Router {
  const render = compileReviewPages(projectRoot);
  const router = express.Router({ strict: false });
  router.use(reviewSecurityHeaders);
  const page = (name: ReviewPage): express.RequestHandler => (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(render(name));
  };
  router.get('/', page('sign-in'));
  router.get('/campaigns', page('campaigns'));
  router.get('/campaigns/:id', page('campaign'));
  router.use(
    '/assets',
    express.static(path.join(projectRoot, 'templates', 'review', 'assets'), {
      index: false,
      dotfiles: 'ignore',
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.use((_req, res) => {
    res.status(404).type('text').send('Not found');
  });
  return router;
}
