import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Clock, IdGenerator, Secrets } from './app/ports/system';

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Time-ordered UUIDv7 ids: lists ordered by id are in creation order. */
export const uuidIds: IdGenerator = { newId: () => uuidv7() };

/**
 * 256-bit random secrets; stored as SHA-256. NOTE: a fast hash is right here (unlike passwords): the secret
 * has 256 bits of entropy, so guessing is hopeless, and every request must verify it cheaply.
 */
export const cryptoSecrets: Secrets = {
  newSecret: (prefix) => prefix + crypto.randomBytes(32).toString('base64url'),
  hash: (secret) => crypto.createHash('sha256').update(secret, 'utf8').digest('hex'),
};
