import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { print } from 'graphql';
import { authenticate, bootstrapAdminKey } from '../../src/app/api-keys';
import type { Deps } from '../../src/app/deps';
import { DomainError } from '../../src/domain/errors';
import { createApolloServer } from '../../src/graphql/apollo';
import { toGraphQLError } from '../../src/graphql/errors';
import type { HubContext } from '../../src/graphql/context';
import { createDeps, type DepsOptions } from '../../src/hub';
import type { Database } from '../../src/store/database';

/** The admin secret every in-process API test starts with. */
export const ADMIN_KEY = 'thk_test-admin-key-0123456789abcdefghij';

const silentLog = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** The result of one operation. */
export interface OpResult<R> {
  readonly data?: R | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

/** An in-process API over a database: operations run through Apollo exactly as over HTTP, minus the socket. */
export interface TestApi {
  readonly deps: Deps;
  readonly apollo: ApolloServer<HubContext>;
  run<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V, key?: string): Promise<OpResult<R>>;
  /** Runs and fails the test on any error, answering the data. */
  ok<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V, key?: string): Promise<R>;
  /** Runs raw query text (for malformed or untyped requests). */
  raw(query: string, variables?: Record<string, unknown>, key?: string): Promise<OpResult<Record<string, unknown>>>;
  stop(): Promise<void>;
}

/** Builds the API on `database` with an admin key, `ADMIN_KEY` (`options`: the AI configuration and its log). */
export async function createTestApi(database: Database, limits = { maxQueryDepth: 10, maxQueryComplexity: 1000 }, options: DepsOptions = {}): Promise<TestApi> {
  const deps = await createDeps(database, undefined, undefined, options);
  await bootstrapAdminKey(deps, ADMIN_KEY);
  const apollo = createApolloServer(limits);
  await apollo.start();
  const raw = async (query: string, variables: Record<string, unknown> = {}, key = ADMIN_KEY) => {
    let principal;
    try {
      principal = await authenticate(deps, key);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const { message, extensions } = toGraphQLError(error);
      return { errors: [{ message, extensions }] } as OpResult<Record<string, unknown>>;
    }
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: { principal, deps, requestId: 'test', log: silentLog } },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as OpResult<Record<string, unknown>>;
  };
  const run = async <R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V, key?: string) =>
    (await raw(print(doc), variables, key)) as OpResult<R>;
  return {
    deps,
    apollo,
    run,
    raw,
    ok: async (doc, variables, key) => {
      const result = await run(doc, variables, key);
      if (result.errors?.length) throw new Error(`operation failed: ${JSON.stringify(result.errors)}`);
      return result.data as NonNullable<typeof result.data>;
    },
    stop: () => apollo.stop(),
  };
}

/** The codes of a result's errors. */
export function codes(result: OpResult<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
