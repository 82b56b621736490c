import type { ChannelSpec } from '../channel/channel-spec';
import type { RawFlag } from '../facts/compare-values';
import { sameTarget } from '../text/urls';
import type { MasterAnalysis, VariantAnalysis } from './analysis';

/**
 * The call to action on channels with clickable links (tweet, email, blog post): the master's CTA URL must
 * appear (scheme, `www.`, query and trailing slash aside). A copy that links elsewhere instead changed the
 * CTA (FACT_MISMATCH: "/concerts" for "/jazz"); a copy without any link lacks it (MISSING_CTA). Channels
 * without clickable links are left to the link-not-allowed rule.
 */
export function checkCta(master: MasterAnalysis, variant: VariantAnalysis, spec: ChannelSpec): RawFlag[] {
  const cta = master.cta;
  if (!cta || !spec.allowsLinks) return [];
  if (variant.urls.some((u) => sameTarget(u, cta))) return [];
  const other = variant.urls.find((u) => u.host === cta.host) ?? variant.urls[0];
  if (other) {
    return [{ code: 'FACT_MISMATCH', message: `Unexpected link '${other.raw}', expected the call-to-action URL ${cta.url}`, evidence: other.raw, section: other.section }];
  }
  return [{ code: 'MISSING_CTA', message: `Unexpected copy without the call-to-action URL, expected ${cta.url} in the ${spec.label.toLowerCase()}` }];
}
