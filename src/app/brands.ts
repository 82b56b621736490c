import { type Principal, requireBrand, requireRole } from '../domain/access/principal';
import type { Brand } from '../domain/brand/brand';
import { type ToneRulesPatch, validateToneRules } from '../domain/brand/validate-tone-rules';
import { NotFoundError, ValidationError, VersionConflictError } from '../domain/errors';
import { canonicalLocale } from '../domain/locale';
import { LIMITS, requireText } from '../domain/text';
import type { Deps } from './deps';
import { pageRequest } from './paging';
import type { Page } from './ports/store';

/** Input of createBrand. */
export interface NewBrand {
  readonly name: string;
  readonly defaultLocale: string;
  readonly toneRules?: ToneRulesPatch | null;
  readonly requireDistinctApprover?: boolean | null;
}

/** Creates a brand with its tone rules (defaults for what the caller leaves out). */
export async function createBrand(deps: Deps, actor: Principal, input: NewBrand): Promise<Brand> {
  requireRole(actor, 'brand.write');
  if (actor.brandIds.length > 0) {
    throw new ValidationError('A key limited to brands cannot create new brands; use a key for every brand', 'input');
  }
  const defaultLocale = canonicalLocale(input.defaultLocale.trim());
  if (!defaultLocale) throw new ValidationError('defaultLocale must be a BCP 47 language tag such as en, ru, kk, ca or fi', 'defaultLocale');
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
  await deps.store.brands.insert(brand);
  return brand;
}

/** The brand, if the caller may see it. */
export async function getBrand(deps: Deps, actor: Principal, id: string): Promise<Brand> {
  requireRole(actor, 'brand.read');
  const brand = await deps.store.brands.findById(id);
  if (!brand) throw new NotFoundError('Brand', id);
  requireBrand(actor, brand.id, 'Brand', id);
  return brand;
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

/** Replaces tone rules if the brand is still at `expectedVersion`, else VERSION_CONFLICT. */
export async function updateToneRules(deps: Deps, actor: Principal, input: ToneRulesUpdate): Promise<Brand> {
  requireRole(actor, 'brand.write');
  const brand = await getBrand(deps, actor, input.brandId);
  if (brand.version !== input.expectedVersion) throw new VersionConflictError('Brand', input.expectedVersion, brand.version);
  const toneRules = validateToneRules(input.toneRules, brand.toneRules);
  const updated = await deps.store.brands.updateToneRules(brand.id, input.expectedVersion, toneRules, deps.clock.now());
  if (updated) return updated;
  const current = await deps.store.brands.findById(brand.id);
  throw new VersionConflictError('Brand', input.expectedVersion, current?.version ?? brand.version);
}
