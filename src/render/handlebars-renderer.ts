import type { Renderer, RenderRequest, RenderResult, TemplateProblem } from '../app/ports/renderer';
import { CHANNEL_SPECS } from '../domain/channel';
import type { ChannelSpec } from '../domain/channel/channel-spec';
import type { TextMetrics } from '../domain/channel/text-metrics';
import { ValidationError } from '../domain/errors';
import { type ChannelTemplates, compileChannel, compileSection, type TemplateEnvironments, templateSectionsOf } from './channel-templates';
import { FixtureSet } from './fixtures';
import { limitProblems } from './limit-problems';
import { OverrideCache, overrideName } from './override-cache';
import { BASE_LOCALE, PhraseBook } from './phrases';
import { planSections } from './plan-sections';
import { defaultTemplatesDir } from './project-root';
import { buildContext } from './render-context';
import { renderChannel } from './render-channel';
import { TemplateEnvironment } from './template-environment';
import { describePosition, TemplateError } from './template-error';
import { readTemplateTree } from './template-files';

/** How to start the renderer; everything but `metrics` has a default. */
export interface HandlebarsRendererOptions {
  /** Twitter's weighted length and the like (use `twitterMetrics`). */
  readonly metrics: TextMetrics;
  /** Default: `<project root>/templates`. */
  readonly templatesDir?: string;
  /** The channels to serve, one template folder each. Default: every spec of the registry. */
  readonly specs?: readonly ChannelSpec<string>[];
  /** Today as an ISO day, for the limits in force. */
  readonly today?: () => string;
  /** How many distinct override sources stay compiled. */
  readonly overrideCacheSize?: number;
}

type InvalidTemplate = Pick<TemplateProblem, 'template' | 'partial' | 'line' | 'column' | 'reason'>;

/**
 * The Renderer port over handlebars: templates from `templates/<channel-folder>/`, compiled once at start-up;
 * plain-text sections unescaped, HTML escaped (email through an MJML skeleton compiled once, blog through
 * markdown-it). Nothing here knows a channel by name: the spec registry and the folders drive it.
 */
export class HandlebarsRenderer implements Renderer {
  private constructor(
    private readonly channels: ReadonlyMap<string, ChannelTemplates>,
    private readonly phrases: PhraseBook,
    private readonly fixtures: FixtureSet,
    private readonly overrides: OverrideCache,
    private readonly options: HandlebarsRendererOptions,
  ) {}

  /** Reads and compiles every template; fails (naming file and line) if one is broken or missing. */
  static async create(options: HandlebarsRendererOptions): Promise<HandlebarsRenderer> {
    const specs = options.specs ?? Object.values(CHANNEL_SPECS);
    const tree = readTemplateTree(options.templatesDir ?? defaultTemplatesDir(), specs.map((s) => s.channel));
    const envs: TemplateEnvironments = {
      text: new TemplateEnvironment('text', tree.textPartials),
      html: new TemplateEnvironment('html', tree.htmlPartials),
    };
    const channels = new Map<string, ChannelTemplates>();
    for (const spec of specs) channels.set(spec.channel, await compileChannel(spec, tree.channels.get(spec.channel) ?? new Map(), envs));
    const compileOverride = (channel: string, section: string, source: string) =>
      compileSection(envs, section, source, overrideName(channel, section), channels.get(channel)?.formats.get(section) ?? 'hbs');
    const overrides = new OverrideCache(compileOverride, options.overrideCacheSize);
    const renderer = new HandlebarsRenderer(channels, new PhraseBook(tree.phrases), new FixtureSet(tree.fixtures), overrides, options);
    await renderer.warmUp();
    return renderer;
  }

  /**
   * Renders every channel once with the English fixture.
   * NOTE: handlebars compiles a template to JavaScript on its first call; doing that here keeps the first
   * campaign as fast as the others (~35 ms otherwise) and turns a built-in template that fails into a start-up error.
   */
  private async warmUp(): Promise<void> {
    if (this.fixtures.locales().length === 0) return;
    const fixture = this.fixtures.forLocale(BASE_LOCALE);
    for (const channel of this.channels.keys()) {
      const { problems } = await this.render({ channel, locale: BASE_LOCALE, ...fixture });
      const broken = problems.find((p) => p.kind === 'TEMPLATE_ERROR');
      if (broken) throw new Error(broken.message);
    }
  }

  /** The channels this renderer serves, in registry order. */
  channelIds(): string[] {
    return [...this.channels.keys()];
  }

  /** The locales with a phrase file and the locales with a fixture master. */
  locales(): { phrases: string[]; fixtures: string[] } {
    return { phrases: this.phrases.locales(), fixtures: this.fixtures.locales() };
  }

  /** The phrase keys `locale`'s own file lacks (they fall back to English). */
  missingPhrases(locale: string): string[] {
    return this.phrases.missingKeys(locale);
  }

  /** One fixed phrase of a locale, after fallback (`linkInBio` → `linkki biossa`). */
  phrase(locale: string, key: string): string {
    return this.phrases.forLocale(locale)[key] ?? '';
  }

  /** The fixture master and brand for a locale (region → language → en). */
  fixture(locale: string): ReturnType<FixtureSet['forLocale']> {
    return this.fixtures.forLocale(locale);
  }

  /** The spec a channel is rendered against. */
  specOf(channel: string): ChannelSpec<string> {
    return this.channel(channel).spec;
  }

  /** The sections a channel's templates (and overrides) may fill, in render order. */
  templateSections(channel: string): readonly string[] {
    return templateSectionsOf(this.channel(channel).spec);
  }

  /** Renders one channel; never throws for a template failure (those are problems), only for an unknown channel. */
  async render(request: RenderRequest<string>): Promise<RenderResult> {
    const channel = this.channel(request.channel);
    const { plan, problems } = await planSections(channel, request.templates ?? {}, this.overrides, request.locale);
    const context = buildContext(channel.spec, request, this.phrases.forLocale(request.locale));
    const date = request.date ?? (this.options.today ?? todayIso)();
    const job = { spec: channel.spec, context, plan, metrics: this.options.metrics, date, given: request.given };
    const rendered = renderChannel(job);
    const limits = limitProblems(channel.spec, rendered.content, request.master.keyFacts, date, this.options.metrics);
    return { content: rendered.content, problems: [...problems, ...rendered.problems, ...limits] };
  }

  /** Compiles an override and test-renders it with the locale's fixture; rejects with a located ValidationError. */
  async validateTemplate(channel: string, locale: string, section: string, source: string): Promise<void> {
    const sections = this.templateSections(channel);
    if (!sections.includes(section)) {
      throw new ValidationError(`${channel} has no template section "${section}"; expected one of ${sections.join(', ')}`, 'section', 'TEMPLATE.UNKNOWN_SECTION');
    }
    const compiled = await this.overrides.get(channel, section, source);
    if (compiled instanceof TemplateError) throw invalidTemplate(channel, section, locale, located(compiled));
    const fixture = this.fixtures.forLocale(locale);
    const { problems } = await this.render({ channel, locale, ...fixture, templates: { [section]: source } });
    const failure = problems.find((p): p is TemplateProblem => p.kind === 'TEMPLATE_ERROR' && p.template.startsWith(compiled.name));
    if (failure) throw invalidTemplate(channel, section, locale, failure);
  }

  private channel(id: string): ChannelTemplates {
    const channel = this.channels.get(id);
    if (!channel) throw new ValidationError(`Unknown channel ${id}; expected one of ${this.channelIds().join(', ')}`, 'channel', 'TEMPLATE.UNKNOWN_CHANNEL');
    return channel;
  }
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function located(error: TemplateError): InvalidTemplate {
  return { template: error.template, partial: error.partial, ...error.position, reason: error.reason };
}

function invalidTemplate(channel: string, section: string, locale: string, at: InvalidTemplate): ValidationError {
  const where = `${at.partial ? ` (partial ${at.partial})` : ''}${describePosition(at)}`;
  const message = `Invalid template ${channel}/${section} for locale ${locale}${where}: ${at.reason}`;
  const details = { channel, section, locale, template: at.template, partial: at.partial, line: at.line, column: at.column };
  return new ValidationError(message, `templates.${section}`, 'TEMPLATE.INVALID', details);
}

/** Starts the handlebars renderer (reads and compiles every template once). */
export function createHandlebarsRenderer(options: HandlebarsRendererOptions): Promise<HandlebarsRenderer> {
  return HandlebarsRenderer.create(options);
}
