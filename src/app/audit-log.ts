import { isScoped, type Principal, requireRole } from '../domain/access/principal';
import type { AuditEntry } from '../domain/audit/audit-entry';
import { ForbiddenError, ValidationError } from '../domain/errors';
import { getBrand } from './brands';
import { getCampaign } from './campaigns';
import type { Deps } from './deps';
import { pageRequest } from './paging';
import type { Page } from './ports/store';

/** Which part of the audit trail to read. */
export interface AuditLogQuery {
  readonly campaignId?: string | null;
  readonly brandId?: string | null;
  readonly first: number;
  readonly afterId?: string;
}

/**
 * `auditLog`: a campaign's entries, a brand's (including its campaigns'), or, naming neither, every entry (an
 * ADMIN key for every brand only: keys and webhooks of every brand are there). Newest first; the campaign and
 * brand are checked like any read of them (NOT_FOUND for other brands).
 */
export async function readAuditLog(deps: Deps, actor: Principal, query: AuditLogQuery): Promise<Page<AuditEntry>> {
  requireRole(actor, 'audit.read');
  const page = pageRequest(query.first, query.afterId);
  const campaign = query.campaignId ? await getCampaign(deps, actor, query.campaignId) : undefined;
  const brand = query.brandId ? await getBrand(deps, actor, query.brandId) : undefined;
  if (campaign && brand && campaign.brandId !== brand.id) throw new ValidationError('campaignId names a campaign of another brand', 'campaignId');
  if (!campaign && !brand) {
    requireRole(actor, 'audit.readAll');
    if (isScoped(actor)) throw new ForbiddenError('audit.readAll', actor.role, 'A key limited to brands must name a brandId or campaignId');
  }
  return deps.store.audit.list({ campaignId: campaign?.id, brandId: brand?.id, ...page });
}
