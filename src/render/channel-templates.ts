import type { ChannelSpec } from '../domain/channel/channel-spec';
import { compileMjml } from './mjml-skeleton';
import type { CompiledTemplate, TemplateEnvironment } from './template-environment';
import type { TemplateFile, TemplateFormat } from './template-files';

/** The two environments a channel's templates compile in: plain text and HTML. */
export interface TemplateEnvironments {
  readonly text: TemplateEnvironment;
  readonly html: TemplateEnvironment;
}

/** The section that holds rendered HTML; every other section is plain text (markdown counts as text). */
export const HTML_SECTION = 'html';

/** A channel's spec with its compiled templates, by section, in render order (spec order, then `html`). */
export interface ChannelTemplates {
  readonly spec: ChannelSpec<string>;
  readonly templates: ReadonlyMap<string, CompiledTemplate>;
  readonly formats: ReadonlyMap<string, TemplateFormat>;
}

/**
 * Compiles one section's template in the right environment. An MJML `html` template is checked as handlebars
 * first (so syntax errors name lines of the MJML source), then compiled by MJML, once, into the HTML skeleton
 * that handlebars renders.
 */
export async function compileSection(
  envs: TemplateEnvironments,
  section: string,
  source: string,
  name: string,
  format: TemplateFormat,
): Promise<CompiledTemplate> {
  if (section !== HTML_SECTION) return envs.text.compile(source, name);
  if (format === 'hbs') return envs.html.compile(source, name);
  envs.html.compile(source, name);
  const skeleton = await compileMjml(source, name);
  return envs.html.compile(skeleton, `${name} (compiled HTML)`);
}

/** The sections a channel's templates may fill: its spec's sections, then `html`. */
export function templateSectionsOf(spec: ChannelSpec<string>): string[] {
  return [...spec.sections.map((s) => s.name), HTML_SECTION];
}

/**
 * Compiles a channel folder against its spec. Fails at start-up when a required section has no template or a
 * file fills no section of the spec (a typo would otherwise be silently ignored).
 */
export async function compileChannel(
  spec: ChannelSpec<string>,
  files: ReadonlyMap<string, TemplateFile>,
  envs: TemplateEnvironments,
): Promise<ChannelTemplates> {
  const order = templateSectionsOf(spec);
  for (const file of files.values()) {
    if (!order.includes(file.section)) throw new Error(`templates: ${file.path} fills no section of ${spec.channel} (sections: ${order.join(', ')})`);
  }
  for (const section of spec.sections) {
    if (section.required && !files.has(section.name)) throw new Error(`templates: ${spec.channel} has no template for required section ${section.name}`);
  }
  const templates = new Map<string, CompiledTemplate>();
  const formats = new Map<string, TemplateFormat>();
  for (const section of order) {
    const file = files.get(section);
    if (!file) continue;
    templates.set(section, await compileSection(envs, section, file.source, file.path, file.format));
    formats.set(section, file.format);
  }
  return { spec, templates, formats };
}
