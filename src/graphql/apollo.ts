import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
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
    validationRules: [depthLimit(limits.maxQueryDepth)],
    plugins: [...plugins, complexityPlugin(schema, limits.maxQueryComplexity), loggingPlugin()],
  });
}
