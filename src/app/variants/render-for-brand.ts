import type { Brand } from '../../domain/brand/brand';
import type { MasterMessage } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import type { VariantContent } from '../../domain/variant/variant-content';
import { type Deps, today } from '../deps';
import type { RenderResult } from '../ports/renderer';
import type { TemplateOverride } from '../ports/store';

/**
 * Renders a channel of `master` the way the brand wants it: with its template overrides and its protected
 * terms as hashtag candidates. With `given` (copy a person or a model wrote) only the sections it lacks are
 * rendered, from it (an email's HTML, a blog's slug). Every path that stores copy renders through here.
 */
export async function renderForBrand(
  deps: Deps,
  brand: Brand,
  master: MasterMessage,
  channel: Channel,
  given?: VariantContent,
): Promise<{ rendered: RenderResult; overrides: readonly TemplateOverride[] }> {
  const overrides = await deps.store.templates.current(brand.id, channel, master.locale);
  const rendered = await deps.renderer.render({
    channel,
    locale: master.locale,
    master,
    brandName: brand.name,
    hashtagTerms: brand.toneRules.protectedTerms,
    templates: Object.fromEntries(overrides.map((o) => [o.section, o.source])),
    date: today(deps),
    ...(given ? { given } : {}),
  });
  return { rendered, overrides };
}
