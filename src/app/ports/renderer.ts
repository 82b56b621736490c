import type { MasterMessageDraft } from '../../domain/campaign/master-message';
import type { Channel } from '../../domain/channel/channel';
import type { VariantContent } from '../../domain/variant/variant-content';

/**
 * What to render: one channel's variant of a master, in a locale, for a brand. `templates` holds a brand's
 * overrides by section (`text`, `subject`, `slides`, `html`, …), as handlebars sources.
 * Generic in the channel id only so that a renderer can serve channels that are not yet in `Channel`.
 */
export interface RenderRequest<C extends string = Channel> {
  readonly channel: C;
  /** The locale of the fixed phrases (normally the master's locale): `fi`, `fi-FI`, `kk`. */
  readonly locale: string;
  readonly master: MasterMessageDraft;
  readonly brandName: string;
  /** Names the brand wants as hashtags (e.g. its protected terms); the brand name is always a candidate. */
  readonly hashtagTerms?: readonly string[];
  /** Per-brand template overrides by section; one that fails falls back to the built-in template. */
  readonly templates?: Readonly<Record<string, string>>;
  /** ISO day whose channel limits apply (limits change over time); default today. */
  readonly date?: string;
  /**
   * Sections a person already wrote (a manual edit): used as they are, and only the sections they lack (the
   * rendered `html`, a blog's slug) are rendered, from them.
   */
  readonly given?: VariantContent;
}

/** A template that failed to compile or render, located so that a person can fix it. */
export interface TemplateProblem {
  readonly kind: 'TEMPLATE_ERROR';
  readonly channel: string;
  readonly section: string;
  readonly locale: string;
  /** `tweet/text.hbs` for a built-in template, `TWEET/text (override)` for a brand's. */
  readonly template: string;
  /** The partial the error is in, when it is in one (line and column are then the partial's). */
  readonly partial?: string;
  readonly line?: number;
  readonly column?: number;
  /** The whole story: template, partial, position, reason and locale. */
  readonly message: string;
  /** What went wrong, without the location (`unknown helper "shout"`). */
  readonly reason: string;
  /** True when the built-in template filled the section instead (only for failed overrides). */
  readonly usedFallback: boolean;
}

/** A key fact named as the cause of a limit breach: its index in the master's keyFacts and its text. */
export interface KeyFactRef {
  readonly index: number;
  readonly text: string;
}

/**
 * A hard channel limit the rendered copy still breaks (the renderer only shortens the template's optional
 * parts, never a key fact or the CTA URL). `keyFacts` names the facts that do not fit, longest first; the use
 * case reports CHANNEL_LIMIT with them.
 */
export interface LimitProblem {
  readonly kind: 'CHANNEL_LIMIT';
  readonly channel: string;
  readonly section: string;
  readonly limitId: string;
  readonly actual: number;
  readonly min?: number;
  readonly max?: number;
  readonly keyFacts: readonly KeyFactRef[];
  readonly message: string;
}

/** Something the use case should know about a rendered variant; rendering still returns content. */
export type RenderProblem = TemplateProblem | LimitProblem;

/** The rendered variant (with `html` for channels that have an HTML template) and its problems. */
export interface RenderResult {
  readonly content: VariantContent;
  readonly problems: readonly RenderProblem[];
}

/** Renders channel variants from templates (port; the handlebars adapter implements it). */
export interface Renderer {
  /** Renders one channel's variant; template failures and unfixable limit breaches come back as problems. */
  render(request: RenderRequest): Promise<RenderResult>;
  /**
   * Compiles a brand's template override and test-renders it with the locale's fixture master. Resolves when it
   * is usable; rejects with a ValidationError (code `TEMPLATE.INVALID`) naming channel/section, locale, line.
   */
  validateTemplate(channel: Channel, locale: string, section: string, source: string): Promise<void>;
  /** The sections of a channel a template (and so an override) can fill, in render order. */
  templateSections(channel: Channel): readonly string[];
}
