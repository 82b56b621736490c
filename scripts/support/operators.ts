import type { Principal } from '../../src/domain/access/principal';

/** A tool acting with full rights under a fixed key id (no such key exists: the id only names the tool). */
function operator(keyId: string, name: string): Principal {
  return { keyId, name, role: 'ADMIN', brandIds: [] };
}

/**
 * The principals the command-line tools act as, each recorded in the audit trail under its own key id and name.
 * NOTE: `…0001` is HUB_ADMIN_KEY's id (src/app/api-keys.ts); the tools start at `…0002`.
 */
export const OPERATORS = {
  seed: operator('00000000-0000-7000-8000-000000000002', 'npm run seed'),
  regenerate: operator('00000000-0000-7000-8000-000000000003', 'npm run regenerate'),
  bench: operator('00000000-0000-7000-8000-000000000004', 'bench'),
  apikey: operator('00000000-0000-7000-8000-000000000005', 'npm run apikey (operator)'),
} as const;
