import type { SeverityOverride } from '../brand/tone-rules';
import type { DriftCode } from './drift-code';
import type { DriftFlag } from './drift-report';
import { flagWithSeverity } from './severity';

/**
 * The STALE_MASTER flag (WARNING by default) for a stored variant made from master version
 * `variantVersion` while the campaign is at `currentVersion`; undefined when the variant is current or the
 * brand turned the code OFF. Append it with `appendFlag` so `drifted` and `score` stay consistent.
 */
export function staleMasterFlag(
  variantVersion: number,
  currentVersion: number,
  overrides: Readonly<Partial<Record<DriftCode, SeverityOverride>>> = {},
): DriftFlag | undefined {
  if (variantVersion >= currentVersion) return undefined;
  return flagWithSeverity(
    {
      code: 'STALE_MASTER',
      message: `Unexpected master version ${variantVersion}, expected the current version ${currentVersion}: regenerate or review the variant`,
      evidence: `v${variantVersion}`,
    },
    overrides,
  );
}
