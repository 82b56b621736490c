import type { ChannelSpec } from '../channel/channel-spec';
import type { RawFlag } from '../facts/compare-values';
import { sameTarget } from '../text/urls';
import type { MasterAnalysis, VariantAnalysis } from './analysis';

/**
 * The call to action on channels with clickable links (tweet, email, blog post): the master's CTA URL must
 * appear (scheme, `www.`, query and trailing slash aside), else MISSING_CTA. A link to another page of the
 * CTA's site is also a changed CTA (FACT_MISMATCH: "/concerts" for "/jazz"). Channels without clickable
 * links are left to the link-not-allowed rule.
 */
export function checkCta(master: MasterAnalysis, variant: VariantAnalysis, spec: ChannelSpec): RawFlag[] {
  const cta = master.cta;
  if (!cta || !spec.allowsLinks) return [];
  if (variant.urls.some((u) => sameTarget(u, cta))) return [];
  const flags: RawFlag[] = [{ code: 'MISSING_CTA', message: `Unexpected copy without the call-to-action URL, expected ${cta.url} in the ${spec.label.toLowerCase()}` }];
  const changed = variant.urls.find((u) => u.host === cta.host);
  if (changed) {
    flags.push({ code: 'FACT_MISMATCH', message: `Unexpected link '${changed.raw}', expected the call-to-action URL ${cta.url}`, evidence: changed.raw, section: changed.section });
  }
  return flags;
}
