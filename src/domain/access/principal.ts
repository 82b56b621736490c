import { ForbiddenError, NotFoundError } from '../errors';

export const ROLES = ['ADMIN', 'EDITOR', 'REVIEWER', 'READER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling: an API key's role and the brands it is limited to (empty: every brand).
 * Use cases receive it and enforce both; the transport only establishes it.
 */
export interface Principal {
  readonly keyId: string;
  readonly name: string;
  readonly role: Role;
  readonly brandIds: readonly string[];
}

/** What a principal may do; each use case names one action. */
export type Action =
  | 'brand.read'
  | 'brand.write'
  | 'brand.settings'
  | 'campaign.read'
  | 'campaign.write'
  | 'variant.read'
  | 'variant.write'
  | 'variant.review'
  | 'variant.readApproved'
  | 'drift.check'
  | 'audit.read'
  | 'audit.readAll'
  | 'key.manage'
  | 'webhook.manage';

const EVERYONE: readonly Role[] = ROLES;
const WRITERS: readonly Role[] = ['ADMIN', 'EDITOR'];
const READERS_OF_DRAFTS: readonly Role[] = ['ADMIN', 'EDITOR', 'REVIEWER'];

/**
 * The role policy of the contract: ADMIN everything; EDITOR content; REVIEWER reads and decides; READER approved
 * copy (`approvedVariants`, and `campaign`, whose variants it sees only as their approved revisions).
 * NOTE: READER may also run the stateless `checkDrift` (it reads and stores nothing; the contract names CMS
 * plugins as its users). Review settings (`brand.settings`, the four-eyes rule) are ADMIN's: the rule exists
 * to restrain editors and approvers, so neither may switch it off.
 */
const POLICY: Readonly<Record<Action, readonly Role[]>> = {
  'brand.read': READERS_OF_DRAFTS,
  'brand.write': WRITERS,
  'brand.settings': ['ADMIN'],
  'campaign.read': EVERYONE,
  'campaign.write': WRITERS,
  'variant.read': READERS_OF_DRAFTS,
  'variant.write': WRITERS,
  'variant.review': ['ADMIN', 'REVIEWER'],
  'variant.readApproved': EVERYONE,
  'drift.check': EVERYONE,
  'audit.read': READERS_OF_DRAFTS,
  'audit.readAll': ['ADMIN'],
  'key.manage': ['ADMIN'],
  'webhook.manage': ['ADMIN'],
};

/** True when the principal's role allows the action. */
export function may(principal: Principal, action: Action): boolean {
  return POLICY[action].includes(principal.role);
}

/** Throws FORBIDDEN unless the role allows the action. */
export function requireRole(principal: Principal, action: Action): void {
  if (!may(principal, action)) throw new ForbiddenError(action, principal.role);
}

/** True when the key is not limited to brands, or lists this one. */
export function seesBrand(principal: Principal, brandId: string): boolean {
  return principal.brandIds.length === 0 || principal.brandIds.includes(brandId);
}

/** True when the key is limited to brands. */
export function isScoped(principal: Principal): boolean {
  return principal.brandIds.length > 0;
}

/**
 * Throws NOT_FOUND (not FORBIDDEN: a brand-scoped key must learn nothing of other brands) unless the key
 * sees the brand that owns `entity`.
 */
export function requireBrand(principal: Principal, brandId: string, entity: string, id: string): void {
  if (!seesBrand(principal, brandId)) throw new NotFoundError(entity, id);
}
