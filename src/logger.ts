import pino, { type DestinationStream, type Logger } from 'pino';

/** Paths that may hold secrets: never written to the log. */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.secret', '*.key', '*.apiKey'];

/** The `params: …` texts of the failed queries in an error and its causes (drizzle writes the values there). */
function leakedParams(err: unknown): string[] {
  const found: string[] = [];
  for (let e = err as { params?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (Array.isArray(e.params)) found.push(`params: ${String(e.params)}`);
  }
  return found;
}

/**
 * pino's error serializer, minus the values of failed queries. NOTE: drizzle's DrizzleQueryError carries its
 * parameters in `params` and in its message and stack, and PostgreSQL's `detail` may quote a row: they may be a
 * webhook's secret and URL, a key's hash or copy, and an unexpected database failure must not log them.
 */
function errWithoutValues(err: Error): Record<string, unknown> {
  const { params: _params, detail, ...serialized } = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  const leaked = leakedParams(err);
  const scrub = (text: unknown) => (typeof text === 'string' ? leaked.reduce((t, l) => t.split(l).join('params: [redacted]'), text) : text);
  return { ...serialized, ...(detail === undefined ? {} : { detail: '[redacted]' }), message: scrub(serialized.message), stack: scrub(serialized.stack) };
}

/**
 * An error as one line for a terminal (scripts, a failed start): its message, or its stack with `stack`, with
 * the values of failed queries redacted as in the log.
 */
export function errorText(err: unknown, stack = false): string {
  if (!(err instanceof Error)) return String(err);
  const safe = errWithoutValues(err);
  return String((stack ? safe.stack : undefined) ?? safe.message);
}

/** The process logger: structured JSON lines (pino), secrets redacted; `destination` for tests (default stdout). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'tonehub' }, serializers: { err: errWithoutValues } };
  return destination ? pino(options, destination) : pino(options);
}
