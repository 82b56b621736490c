import type { ApiKey } from '../domain/access/api-key';
import { isScoped, type Principal, type Role, ROLES, requireRole, seesBrand } from '../domain/access/principal';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../domain/errors';
import { LIMITS, requireText } from '../domain/input-rules';
import { auditEntry } from './audit-entry';
import { visibleBrand } from './brands';
import type { Deps } from './deps';
import { pageRequest } from './paging';
import type { Page } from './ports/store';

/** Prefix of every key secret, so leaked keys are recognisable (and scanners can find them). */
const KEY_PREFIX = 'thk_';
/** The fixed id of the key that HUB_ADMIN_KEY defines (replaced when the variable changes). */
const ENV_ADMIN_KEY_ID = '00000000-0000-7000-8000-000000000001';

function toPrincipal(key: ApiKey): Principal {
  return { keyId: key.id, name: key.name, role: key.role, brandIds: key.brandIds };
}

/** The principal of a bearer secret, or UNAUTHENTICATED for a missing, unknown or revoked key. */
export async function authenticate(deps: Deps, secret: string | undefined): Promise<Principal> {
  if (!secret) throw new UnauthenticatedError();
  const key = await deps.store.apiKeys.findBySecretHash(deps.secrets.hash(secret));
  if (!key) throw new UnauthenticatedError('The API key is not valid');
  if (key.revokedAt) throw new UnauthenticatedError('The API key was revoked');
  return toPrincipal(key);
}

/** Input of createApiKey. */
export interface NewApiKey {
  readonly name: string;
  readonly role: Role;
  readonly brandIds?: readonly string[] | null;
}

/** A new key and its secret: the only time the secret exists outside the caller's hands. */
export interface CreatedKey {
  readonly key: string;
  readonly apiKey: ApiKey;
}

/** True when the caller may manage this key: a brand-limited caller only keys limited to some of its brands. */
function managesKey(actor: Principal, key: ApiKey): boolean {
  return !isScoped(actor) || (key.brandIds.length > 0 && key.brandIds.every((b) => seesBrand(actor, b)));
}

/**
 * Creates a key (ADMIN only); the secret is returned once and stored only as a hash. A key limited to brands can
 * only create keys limited to (some of) its own brands; a brand it cannot see is NOT_FOUND.
 */
export async function createApiKey(deps: Deps, actor: Principal, input: NewApiKey): Promise<CreatedKey> {
  requireRole(actor, 'key.manage');
  if (!ROLES.includes(input.role)) throw new ValidationError(`role must be one of ${ROLES.join(', ')}`, 'role');
  const brandIds = [...new Set(input.brandIds ?? [])];
  if (isScoped(actor) && brandIds.length === 0) {
    throw new ForbiddenError('key.manage', actor.role, 'A key limited to brands can only create keys limited to its brands: name brandIds');
  }
  for (const id of brandIds) await visibleBrand(deps, actor, id);
  const secret = deps.secrets.newSecret(KEY_PREFIX);
  const apiKey: ApiKey = {
    id: deps.ids.newId(),
    name: requireText(input.name, 'name', LIMITS.name),
    role: input.role,
    brandIds,
    createdAt: deps.clock.now(),
    revokedAt: null,
  };
  const details = { name: apiKey.name, role: apiKey.role, brandIds };
  await deps.store.transaction(async (tx) => {
    await tx.apiKeys.insert(apiKey, deps.secrets.hash(secret));
    await tx.audit.append(auditEntry(deps, actor, { action: 'API_KEY_CREATED', entity: 'ApiKey', entityId: apiKey.id, details }, apiKey.createdAt));
  });
  return { key: secret, apiKey };
}

/** Revokes a key (ADMIN only); later requests with it get UNAUTHENTICATED. Revoking twice changes nothing. */
export async function revokeApiKey(deps: Deps, actor: Principal, id: string): Promise<ApiKey> {
  requireRole(actor, 'key.manage');
  const existing = await deps.store.apiKeys.findById(id);
  if (!existing || !managesKey(actor, existing)) throw new NotFoundError('ApiKey', id);
  if (existing.revokedAt) return existing;
  const at = deps.clock.now();
  const key = await deps.store.transaction(async (tx) => {
    const revoked = await tx.apiKeys.revoke(id, at);
    const details = { name: existing.name, role: existing.role, brandIds: existing.brandIds };
    if (revoked) await tx.audit.append(auditEntry(deps, actor, { action: 'API_KEY_REVOKED', entity: 'ApiKey', entityId: id, details }, at));
    return revoked;
  });
  if (!key) throw new NotFoundError('ApiKey', id);
  return key;
}

/** `apiKeys` (ADMIN): keys in creation order, never their secrets; a brand-limited caller sees only its brands' keys. */
export async function listApiKeys(deps: Deps, actor: Principal, first: number, afterId?: string): Promise<Page<ApiKey>> {
  requireRole(actor, 'key.manage');
  return deps.store.apiKeys.list(pageRequest(first, afterId), actor.brandIds);
}

/**
 * Start-up: makes HUB_ADMIN_KEY a valid ADMIN key; without it, on a store with no keys at all, creates an
 * ADMIN key and answers its secret (for printing once). Answers undefined when nothing was created.
 */
export async function bootstrapAdminKey(deps: Deps, adminSecret: string | undefined): Promise<string | undefined> {
  const now = deps.clock.now();
  if (adminSecret) {
    const key: ApiKey = { id: ENV_ADMIN_KEY_ID, name: 'HUB_ADMIN_KEY', role: 'ADMIN', brandIds: [], createdAt: now, revokedAt: null };
    await deps.store.apiKeys.upsert(key, deps.secrets.hash(adminSecret));
    return undefined;
  }
  if ((await deps.store.apiKeys.count()) > 0) return undefined;
  const secret = deps.secrets.newSecret(KEY_PREFIX);
  const key: ApiKey = { id: deps.ids.newId(), name: 'first-start admin', role: 'ADMIN', brandIds: [], createdAt: now, revokedAt: null };
  await deps.store.apiKeys.insert(key, deps.secrets.hash(secret));
  return secret;
}
