import pino, { type Logger } from 'pino';

/** Paths that may hold secrets: never written to the log. */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.secret', '*.key', '*.apiKey'];

/** The process logger: structured JSON lines (pino), secrets redacted. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'tonehub' } });
}
