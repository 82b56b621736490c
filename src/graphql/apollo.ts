import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import depthLimit from 'graphql-depth-limit';
import { buildHubSchema } from './build-schema';
import type { HubContext } from './context';
import { formatError } from './errors';
import { complexityPlugin } from './limits-plugin';
import { loggingPlugin } from './logging-plugin';

/** Limits every operation must respect. */
export interface OperationLimits {
  readonly maxQueryDepth: number;
  readonly maxQueryComplexity: number;
}

/**
 * The Apollo server of the hub (not started): error masking, no stack traces, depth and complexity limits,
 * error logging. The HTTP adapter adds its drain plugin; tests run operations in-process on it.
 */
export function createApolloServer(limits: OperationLimits, plugins: ApolloServerPlugin<HubContext>[] = []): ApolloServer<HubContext> {
  const schema = buildHubSchema();
  return new ApolloServer<HubContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // NOTE: the hub owns SIGTERM/SIGINT (src/main.ts stops HTTP, the workers and the database in order). Apollo's
    // own handler would stop the server first, and Apollo 5 never settles a second, concurrent stop(): shutdown hung.
    stopOnTerminationSignals: false,
    validationRules: [depthLimit(limits.maxQueryDepth)],
    // NOTE: Apollo's cache-control plugin hooks every field resolution; the hub sets no cache hints (answers
    // depend on the key), so it only cost throughput.
    plugins: [...plugins, ApolloServerPluginCacheControlDisabled(), complexityPlugin(schema, limits.maxQueryComplexity), loggingPlugin()],
  });
}
