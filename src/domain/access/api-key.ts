import type { Role } from './principal';

/** A stored API key (never its secret: only a hash is kept, by the store). */
export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Empty: every brand. */
  readonly brandIds: readonly string[];
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}
