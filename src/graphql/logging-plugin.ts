import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '../domain/errors';
import type { HubContext } from './context';

/** True for failures we raise on purpose (domain errors, coded GraphQL errors, parse and validation errors). */
function isExpected(error: GraphQLError): boolean {
  const original = error.originalError ?? error;
  if (original instanceof DomainError) return true;
  return original instanceof GraphQLError && original.extensions?.code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * Logs every unexpected error with its stack and the request id (clients only see "Unexpected error"),
 * and expected failures at info level, without their input.
 */
export function loggingPlugin(): ApolloServerPlugin<HubContext> {
  // NOTE: one listener object for every request (Apollo only calls it), not a new one per request.
  const listener: GraphQLRequestListener<HubContext> = {
    async didEncounterErrors({ errors, contextValue, operationName }) {
      for (const error of errors) {
        if (isExpected(error)) {
          contextValue.log?.info({ operationName, code: error.extensions?.code, path: error.path }, error.message);
        } else {
          contextValue.log?.error({ operationName, path: error.path, err: error.originalError ?? error }, 'unexpected error');
        }
      }
    },
  };
  return { requestDidStart: async () => listener };
}
