import { VersionConflictError } from '../../domain/errors';
import type { Deps } from '../deps';

/** The VERSION_CONFLICT for a variant write that lost a race, naming the revision that won. */
export async function revisionConflict(deps: Deps, variantId: string, expectedRevision: number): Promise<VersionConflictError> {
  const current = await deps.store.variants.findById(variantId);
  return new VersionConflictError('Variant', expectedRevision, current?.head.revision ?? expectedRevision);
}
