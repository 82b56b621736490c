import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, visit } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * NOTE: fields that do real work per call (a drift check, generation) declare their own cost with type-graphql's
 * `complexity` option (read by fieldExtensionsEstimator), so aliases cannot repeat them hundreds of times in one
 * request. Every other field costs 1, plus its children's cost times the page size it asks for (`first`, default 20 on
 * connections), so `brands(first: 100) { campaigns(first: 100) { … } }` costs what it would load.
 */
const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  return 1 + childComplexity * first;
};

/**
 * Query-complexity costs of fields that do real work per call (with the default limit of 1,000: at most 20 drift
 * checks, 10 generations or 20 renders in one request).
 */
export const COSTLY = Object.freeze({ check: 50, render: 50, generate: 100 });

/** Names of the variables a document passes as `first` (the only ones the estimate depends on). */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * Refuses operations above `maxComplexity` before they run (code QUERY_TOO_COMPLEX).
 * NOTE: Apollo reuses the parsed document of a repeated query, so the estimate is cached per document and
 * per value of its page-size variables: a CMS polling the same query with new ids pays for it once.
 */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  const cache = new WeakMap<DocumentNode, { vars: string[]; costs: Map<string, number> }>();
  const estimate = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let entry = cache.get(document);
    if (!entry) cache.set(document, (entry = { vars: pageSizeVariables(document), costs: new Map() }));
    const key = `${operationName ?? ''}|${JSON.stringify(entry.vars.map((v) => variables[v]))}`;
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = getComplexity({ schema, query: document, operationName, variables, estimators: [fieldExtensionsEstimator(), pageAwareEstimator] });
      if (entry.costs.size < 100) entry.costs.set(key, cost);
    }
    return cost;
  };
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, document }) {
      let complexity: number;
      try {
        complexity = estimate(document, request.operationName ?? undefined, request.variables ?? {});
      } catch {
        // NOTE: invalid variables make the estimate throw; execution then reports them as BAD_USER_INPUT.
        return;
      }
      if (complexity > maxComplexity) {
        throw new GraphQLError(`Query is too complex: ${complexity}, the limit is ${maxComplexity}. Ask for fewer items or fields.`, {
          extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maxComplexity, http: { status: 400 } },
        });
      }
    },
  };
  // NOTE: one listener object for every request, not a new one per request.
  return { requestDidStart: async () => listener };
}
