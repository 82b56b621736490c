import { type Principal, requireRole } from '../domain/access/principal';
import { channelSpec } from '../domain/channel';
import type { Channel } from '../domain/channel/channel';
import { ValidationError, VersionConflictError } from '../domain/errors';
import { requireLocale } from '../domain/locale';
import { auditEntry } from './audit-entry';
import { getBrand } from './brands';
import type { Deps } from './deps';
import type { TemplateOverride } from './ports/store';

/** The largest template override accepted. */
const MAX_TEMPLATE_BYTES = 64 * 1024;

/** Input of setChannelTemplate. */
export interface TemplateChange {
  readonly brandId: string;
  readonly channel: Channel;
  readonly locale: string;
  /** The template section (`text`, `subject`, `body`, `html`, …); default the channel's main section. */
  readonly section?: string | null;
  /** Handlebars source; empty removes the override (the built-in template applies again). */
  readonly source: string;
  /** The version the editor started from (0 for a section without an override); omitted: no check. */
  readonly expectedVersion?: number | null;
}

/** The section an override fills when the caller names none: the channel's first content section. */
function mainSection(channel: Channel): string {
  const spec = channelSpec(channel);
  return (spec.sections.find((s) => s.name === 'body') ?? spec.sections.find((s) => s.name === 'caption') ?? spec.sections[0])?.name ?? 'text';
}

/**
 * Saves a new version of a brand's template override after compiling it and test-rendering it with fixture
 * data; a broken template is BAD_USER_INPUT naming the template, locale and line, and nothing is saved.
 */
export async function setChannelTemplate(deps: Deps, actor: Principal, input: TemplateChange): Promise<TemplateOverride> {
  requireRole(actor, 'brand.write');
  const brand = await getBrand(deps, actor, input.brandId);
  const locale = requireLocale(input.locale, 'locale');
  if (new TextEncoder().encode(input.source).length > MAX_TEMPLATE_BYTES) {
    throw new ValidationError(`source must be at most ${MAX_TEMPLATE_BYTES} bytes`, 'source');
  }
  const section = input.section?.trim() || mainSection(input.channel);
  const sections = deps.renderer.templateSections(input.channel);
  if (!sections.includes(section)) {
    throw new ValidationError(`${input.channel} has no template section "${section}"; expected one of ${sections.join(', ')}`, 'section', 'TEMPLATE.UNKNOWN_SECTION');
  }
  if (input.source.trim() !== '') await deps.renderer.validateTemplate(input.channel, locale, section, input.source);
  const latest = await deps.store.templates.latest(brand.id, input.channel, locale, section);
  const current = latest?.version ?? 0;
  if (input.expectedVersion != null && input.expectedVersion !== current) throw new VersionConflictError('Template', input.expectedVersion, current);
  const override: TemplateOverride = { channel: input.channel, locale, section, version: current + 1, source: input.source, createdAt: deps.clock.now() };
  const details = { channel: override.channel, locale, section, version: override.version, removed: input.source.trim() === '' };
  const facts = { action: 'TEMPLATE_OVERRIDE_SET', entity: 'ChannelTemplate', entityId: `${override.channel}/${locale}/${section}`, brandId: brand.id, details } as const;
  const saved = await deps.store.transaction(async (tx) => {
    const appended = await tx.templates.append(brand.id, override, actor.keyId);
    if (appended) await tx.audit.append(auditEntry(deps, actor, facts, override.createdAt));
    return appended;
  });
  if (!saved) throw new VersionConflictError('Template', current, current + 1);
  return override;
}
