import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { readAuditLog } from '../../app/audit-log';
import { decodeCursor, toConnection } from '../connection';
import type { HubContext } from '../context';
import { toAuditEntryType } from '../map';
import { AuditEntryConnectionType } from '../types/audit.type';

/** The audit trail. */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnectionType, {
    description: "Newest first: a campaign's entries, a brand's (with its campaigns'), or, naming neither, all (ADMIN for every brand)",
  })
  async auditLog(
    @Ctx() ctx: HubContext,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
    @Arg('brandId', () => ID, { nullable: true }) brandId?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEntryConnectionType> {
    const page = await readAuditLog(ctx.deps, ctx.principal, { campaignId, brandId, first: first ?? 20, afterId: decodeCursor(after) });
    return toConnection(page, toAuditEntryType);
  }
}
