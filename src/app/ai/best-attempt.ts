import type { DriftReport } from '../../domain/drift/drift-report';
import { flagCounts } from '../../domain/drift/score';
import type { VariantContent } from '../../domain/variant/variant-content';

/** Copy from the model and the drift engine's report on it. */
export interface CheckedCopy {
  readonly content: VariantContent;
  readonly report: DriftReport;
}

/**
 * True when `candidate` is better copy than `best`: fewer ERROR flags, then fewer WARNING flags, then a higher
 * score. On a tie the earlier attempt stays (the model was not asked to change it for nothing).
 */
export function isBetter(candidate: CheckedCopy, best: CheckedCopy | null): boolean {
  if (!best) return true;
  const a = flagCounts(candidate.report);
  const b = flagCounts(best.report);
  if (a.errors !== b.errors) return a.errors < b.errors;
  if (a.warnings !== b.warnings) return a.warnings < b.warnings;
  return candidate.report.score > best.report.score;
}
