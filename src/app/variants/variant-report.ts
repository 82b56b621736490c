import type { Brand } from '../../domain/brand/brand';
import type { MasterMessage } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import { checkDrift } from '../../domain/drift/check-drift';
import type { DriftNote, DriftReport } from '../../domain/drift/drift-report';
import { appendFlag } from '../../domain/drift/score';
import { staleMasterFlag } from '../../domain/drift/stale-master';
import { driftKeyOf, type Variant } from '../../domain/variant/variant';
import type { VariantContent } from '../../domain/variant/variant-content';
import { type Deps, today } from '../deps';

/** The copy to check, where it came from, and what was noted when it was made. */
export interface ReportSubject {
  readonly channel: Channel;
  readonly content: VariantContent;
  /** The master version the copy was made from. */
  readonly masterVersion: number;
  readonly notes?: readonly DriftNote[];
}

/**
 * The drift report of stored copy: the same engine as `checkDrift`, against the campaign's current master and
 * the brand's current rules, plus STALE_MASTER when the copy was made from an older master version.
 */
export function reportFor(deps: Deps, subject: ReportSubject, master: MasterMessage, brand: Brand): DriftReport {
  const checked = checkDrift({ channel: subject.channel, master, toneRules: brand.toneRules, content: subject.content, date: today(deps) }, deps.linguistics);
  const stale = staleMasterFlag(subject.masterVersion, master.version, brand.toneRules.severityOverrides);
  const report = stale ? appendFlag(checked, stale) : checked;
  return subject.notes?.length ? { ...report, notes: subject.notes } : report;
}

/**
 * The variant with a report valid for the current master and rules: the stored one when its key still matches,
 * else recomputed and stored again (so lists do not recompute on every read).
 */
export async function withFreshReport(deps: Deps, variant: Variant, master: MasterMessage, brand: Brand): Promise<Variant> {
  const key = driftKeyOf(master.version, brand.version);
  if (variant.head.driftKey === key) return variant;
  const { head } = variant;
  const drift = reportFor(deps, { channel: variant.channel, content: head.content, masterVersion: head.masterVersion, notes: head.drift.notes }, master, brand);
  await deps.store.variants.saveDrift(variant.id, head.revision, drift, key);
  return { ...variant, head: { ...head, drift, driftKey: key } };
}
