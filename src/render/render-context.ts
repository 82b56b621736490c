import type { RenderRequest } from '../app/ports/renderer';
import type { ChannelSpec } from '../domain/channel/channel-spec';
import { primaryLanguage } from '../domain/locale';
import type { HelperRoot } from './helpers/template-helpers';
import { stripUrls } from './helpers/urls';
import type { Phrases } from './phrases';

/**
 * What every channel template sees (`{{master.headline}}`, `{{brand.name}}`, `{{sections.subject}}`,
 * `{{phrase "linkInBio"}}` through `@root.phrases`). Master text is data: handlebars inserts it without
 * interpreting it, so a `{{first_name}}` in a master stays literal.
 */
export interface RenderContext extends HelperRoot {
  readonly language: string;
  readonly channel: { readonly id: string; readonly label: string; readonly allowsLinks: boolean };
  readonly master: {
    readonly headline: string;
    readonly body: string;
    readonly callToAction: { readonly text: string; readonly url: string };
    readonly keyFacts: readonly string[];
  };
  readonly brand: { readonly name: string };
  /** The brand name first, then the request's terms: candidates for `{{hashtags}}`. */
  readonly hashtagTerms: readonly string[];
  /** The sections rendered so far, in render order: the HTML template reads the text ones. */
  readonly sections: Record<string, string | readonly string[]>;
}

/**
 * The context of one render. For a channel without clickable links (Instagram), URLs are taken out of the
 * headline and body and the CTA URL is blanked, so no template (not even a brand's override) can put one in.
 * NOTE: key facts are kept verbatim even there: a fact is a claim every channel must carry as written.
 */
export function buildContext(spec: ChannelSpec<string>, request: RenderRequest<string>, phrases: Phrases): RenderContext {
  const { master } = request;
  const clean = spec.allowsLinks ? (text: string) => text : stripUrls;
  return {
    locale: request.locale,
    language: primaryLanguage(request.locale),
    phrases,
    channel: { id: spec.channel, label: spec.label, allowsLinks: spec.allowsLinks },
    master: {
      headline: clean(master.headline),
      body: clean(master.body),
      callToAction: { text: master.callToAction.text, url: spec.allowsLinks ? master.callToAction.url : '' },
      keyFacts: [...master.keyFacts],
    },
    brand: { name: request.brandName },
    hashtagTerms: [request.brandName, ...(request.hashtagTerms ?? [])],
    sections: {},
  };
}
