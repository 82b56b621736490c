/** The time, from outside (tests and benchmarks may pin it). */
export interface Clock {
  now(): Date;
}

/** New entity ids (time-ordered, so lists page in creation order). */
export interface IdGenerator {
  newId(): string;
}

/** Random secrets and their one-way hashes (API keys, webhook secrets). */
export interface Secrets {
  /** A new high-entropy secret, URL-safe, with a readable prefix (e.g. `thk_`). */
  newSecret(prefix: string): string;
  /** The stored form of a secret: a hash from which it cannot be recovered. */
  hash(secret: string): string;
}
