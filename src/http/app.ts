import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { authenticate } from '../app/api-keys';
import type { Deps } from '../app/deps';
import type { Config } from '../config';
import { DomainError } from '../domain/errors';
import type { HubContext } from '../graphql/context';
import { createApolloServer } from '../graphql/apollo';
import { toGraphQLError } from '../graphql/errors';
import { installRequestLog } from './request-log';
import { createReviewRouter } from './review/review-router';

/** What the HTTP layer needs from the rest of the hub. */
export interface HttpDeps {
  readonly config: Config;
  readonly deps: Deps;
  readonly logger: Logger;
  /** Resolves when the database answers; rejects when it does not. */
  readonly ping: () => Promise<void>;
}

/** The hub's HTTP surface: the Express app and the Apollo server inside it (started, not yet listening). */
export interface HubHttp {
  readonly app: express.Express;
  readonly apollo: ApolloServer<HubContext>;
  /** Makes /health answer 503 from now on (during shutdown). */
  markStopping(): void;
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Body-parser failures (too large, not JSON) as coded GraphQL-style JSON, never an HTML page or a 500. */
const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else next(err);
};

/**
 * Last resort: a client error that Express, its router or a body parser marked with a 4xx `status` (a
 * malformed URL escape, a broken gzip body) is answered with that status as BAD_REQUEST; anything else is
 * logged and answered as a coded 500 without details.
 */
const unexpected: ErrorRequestHandler = (err, req, res, _next) => {
  const { status } = err as { status?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    req.log?.warn({ status }, 'bad HTTP request');
    return void res.status(status).json({ errors: [{ message: 'Bad request', extensions: { code: 'BAD_REQUEST' } }] });
  }
  req.log?.error({ err }, 'unexpected HTTP error');
  res.status(500).json({ errors: [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
};

/** Builds Express + Apollo: POST /graphql (bearer keys), GET /health, the /review page, request ids and structured logs. */
export async function createHubHttp(httpServer: http.Server, h: HttpDeps): Promise<HubHttp> {
  const apollo = createApolloServer(h.config, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  let stopping = false;
  const app = express();
  app.disable('x-powered-by');
  // NOTE: an ETag over every GraphQL POST answer costs a hash per request and no client can use it.
  app.set('etag', false);
  installRequestLog(app, h.logger, (url) => url === '/health');
  app.get('/health', async (_req, res) => {
    if (stopping) return void res.status(503).json({ status: 'stopping' });
    try {
      await Promise.race([h.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use('/review', createReviewRouter(h.config.projectRoot));
  app.use(
    '/graphql',
    express.json({ limit: h.config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<HubContext> => {
        try {
          const principal = await authenticate(h.deps, bearer(req.headers.authorization));
          return { principal, deps: h.deps, requestId: String(req.id), log: req.log };
        } catch (error) {
          if (error instanceof DomainError) throw toGraphQLError(error);
          req.log.error({ err: error }, 'could not authenticate: store unavailable');
          throw new GraphQLError('The hub cannot reach its database; try again shortly', {
            extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
          });
        }
      },
    }),
  );
  app.use(bodyErrors, unexpected);
  return { app, apollo, markStopping: () => void (stopping = true) };
}
