import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import {
  AiDisabledError,
  DomainError,
  ForbiddenError,
  InvalidStateError,
  LimitExceededError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
  VersionConflictError,
} from '../domain/errors';

/** The public `extensions.code` of each kind of expected failure (see the contract README). */
function publicCode(error: DomainError): string {
  if (error instanceof ValidationError || error instanceof LimitExceededError) return 'BAD_USER_INPUT';
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  if (error instanceof VersionConflictError) return 'VERSION_CONFLICT';
  if (error instanceof UnauthenticatedError) return 'UNAUTHENTICATED';
  if (error instanceof ForbiddenError) return 'FORBIDDEN';
  if (error instanceof InvalidStateError) return 'BAD_USER_INPUT';
  if (error instanceof AiDisabledError) return 'AI_DISABLED';
  return error.code.split('.').pop() ?? 'BAD_REQUEST';
}

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * A GraphQLError for a domain failure: the contract's code, the namespaced reason and safe details. NOTE: a
 * failure naming a `field` also lists it in `fields`, the shape input validation answers, so clients read one.
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  const code = publicCode(error);
  const status = HTTP_STATUS[code];
  const field = error.details.field;
  const fields = typeof field === 'string' ? { fields: [{ field, message: error.message }] } : {};
  return new GraphQLError(error.message, {
    extensions: { code, reason: error.code, ...error.details, ...fields, ...(status ? { http: { status } } : {}) },
  });
}

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** Flattens class-validator's nested errors into `path: message` pairs (values are never echoed). */
function flattenIssues(issues: readonly ValidationIssue[], prefix = ''): Array<{ field: string; message: string }> {
  return issues.flatMap((issue) => {
    const field = /^\d+$/.test(issue.property) ? `${prefix}[${issue.property}]` : prefix ? `${prefix}.${issue.property}` : issue.property;
    const own = Object.values(issue.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenIssues(issue.children ?? [], field)];
  });
}

function formatValidation(formatted: GraphQLFormattedError, issues: readonly ValidationIssue[]): GraphQLFormattedError {
  const fields = flattenIssues(issues);
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return {
    message: `Invalid input: ${summary}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields },
  };
}

/**
 * Apollo's formatError: domain failures keep their code, input validation lists its fields, GraphQL's own
 * coded errors pass, and everything else is masked as INTERNAL_SERVER_ERROR (the log has the details).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    const mapped = toGraphQLError(original);
    const { http: _http, ...extensions } = mapped.extensions;
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const issues = (original as { extensions?: { validationErrors?: ValidationIssue[] } })?.extensions?.validationErrors;
  if (Array.isArray(issues)) return formatValidation(formatted, issues);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && original instanceof GraphQLError) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Unexpected error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
