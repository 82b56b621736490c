import { isScoped, type Principal, requireBrand, requireRole } from '../domain/access/principal';
import type { Brand } from '../domain/brand/brand';
import type { ToneRules } from '../domain/brand/tone-rules';
import { type ToneRulesPatch, validateToneRules } from '../domain/brand/validate-tone-rules';
import { ForbiddenError, NotFoundError, VersionConflictError } from '../domain/errors';
import { requireLocale } from '../domain/locale';
import { LIMITS, requireText } from '../domain/input-rules';
import { auditEntry } from './audit-entry';
import type { Deps } from './deps';
import { pageRequest } from './paging';
import type { Page, Repositories } from './ports/store';

/** Input of createBrand. */
export interface NewBrand {
  readonly name: string;
  readonly defaultLocale: string;
  readonly toneRules?: ToneRulesPatch | null;
  readonly requireDistinctApprover?: boolean | null;
}

/** Creates a brand with its tone rules (defaults for what the caller leaves out), audited. */
export async function createBrand(deps: Deps, actor: Principal, input: NewBrand): Promise<Brand> {
  requireRole(actor, 'brand.write');
  if (isScoped(actor)) throw new ForbiddenError('brand.create', actor.role, 'A key limited to brands cannot create new brands; use a key for every brand');
  const defaultLocale = requireLocale(input.defaultLocale, 'defaultLocale');
  const now = deps.clock.now();
  const brand: Brand = {
    id: deps.ids.newId(),
    name: requireText(input.name, 'name', LIMITS.name),
    defaultLocale,
    toneRules: validateToneRules(input.toneRules),
    version: 1,
    requireDistinctApprover: input.requireDistinctApprover ?? false,
    createdAt: now,
    updatedAt: now,
  };
  const details = { name: brand.name, defaultLocale, requireDistinctApprover: brand.requireDistinctApprover };
  await deps.store.transaction(async (tx) => {
    await tx.brands.insert(brand);
    await tx.audit.append(auditEntry(deps, actor, { action: 'BRAND_CREATED', entity: 'Brand', entityId: brand.id, brandId: brand.id, details }, now));
  });
  return brand;
}

/** The brand if it exists and the key sees it (NOT_FOUND otherwise); no role check (callers make their own). */
export async function visibleBrand(deps: Deps, actor: Principal, id: string): Promise<Brand> {
  const brand = await deps.store.brands.findById(id);
  if (!brand) throw new NotFoundError('Brand', id);
  requireBrand(actor, brand.id, 'Brand', id);
  return brand;
}

/** The brand, if the caller may read brands and see this one. */
export async function getBrand(deps: Deps, actor: Principal, id: string): Promise<Brand> {
  requireRole(actor, 'brand.read');
  return visibleBrand(deps, actor, id);
}

/** Brands the caller may see, in creation order. */
export async function listBrands(deps: Deps, actor: Principal, first: number, afterId?: string): Promise<Page<Brand>> {
  requireRole(actor, 'brand.read');
  return deps.store.brands.list(pageRequest(first, afterId), actor.brandIds);
}

/** Input of updateToneRules: the fields given replace the brand's; the others stay. */
export interface ToneRulesUpdate {
  readonly brandId: string;
  readonly expectedVersion: number;
  readonly toneRules: ToneRulesPatch;
}

/** Names of the tone-rule fields that differ (what the audit trail records). */
function changedRules(before: ToneRules, after: ToneRules): string[] {
  return (Object.keys(after) as Array<keyof ToneRules>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * Runs a versioned brand change in a transaction with its audit entry; VERSION_CONFLICT when the brand is not
 * (or no longer) at `expectedVersion`.
 */
async function changeBrand(
  deps: Deps,
  actor: Principal,
  brand: Brand,
  expectedVersion: number,
  change: (tx: Repositories) => Promise<Brand | undefined>,
  audit: (updated: Brand) => Parameters<typeof auditEntry>[2],
): Promise<Brand> {
  if (brand.version !== expectedVersion) throw new VersionConflictError('Brand', expectedVersion, brand.version);
  const updated = await deps.store.transaction(async (tx) => {
    const result = await change(tx);
    if (result) await tx.audit.append(auditEntry(deps, actor, audit(result), result.updatedAt));
    return result;
  });
  if (updated) return updated;
  const current = await deps.store.brands.findById(brand.id);
  throw new VersionConflictError('Brand', expectedVersion, current?.version ?? brand.version);
}

/** Replaces tone rules if the brand is still at `expectedVersion`, else VERSION_CONFLICT; audited. */
export async function updateToneRules(deps: Deps, actor: Principal, input: ToneRulesUpdate): Promise<Brand> {
  requireRole(actor, 'brand.write');
  const brand = await getBrand(deps, actor, input.brandId);
  const toneRules = validateToneRules(input.toneRules, brand.toneRules);
  return changeBrand(
    deps,
    actor,
    brand,
    input.expectedVersion,
    (tx) => tx.brands.updateToneRules(brand.id, input.expectedVersion, toneRules, deps.clock.now()),
    (b) => ({ action: 'TONE_RULES_UPDATED', entity: 'Brand', entityId: b.id, brandId: b.id, details: { version: b.version, changed: changedRules(brand.toneRules, toneRules) } }),
  );
}

/** Input of updateBrandSettings. */
export interface BrandSettingsUpdate {
  readonly brandId: string;
  readonly expectedVersion: number;
  readonly requireDistinctApprover?: boolean | null;
}

/** Changes a brand's review settings (ADMIN: they restrain editors and approvers), versioned and audited. */
export async function updateBrandSettings(deps: Deps, actor: Principal, input: BrandSettingsUpdate): Promise<Brand> {
  requireRole(actor, 'brand.settings');
  const brand = await getBrand(deps, actor, input.brandId);
  const requireDistinctApprover = input.requireDistinctApprover ?? brand.requireDistinctApprover;
  return changeBrand(
    deps,
    actor,
    brand,
    input.expectedVersion,
    (tx) => tx.brands.updateSettings(brand.id, input.expectedVersion, { requireDistinctApprover }, deps.clock.now()),
    (b) => ({ action: 'BRAND_SETTINGS_UPDATED', entity: 'Brand', entityId: b.id, brandId: b.id, details: { version: b.version, requireDistinctApprover } }),
  );
}
