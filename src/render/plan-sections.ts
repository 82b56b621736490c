import type { TemplateProblem } from '../app/ports/renderer';
import { type ChannelTemplates, templateSectionsOf } from './channel-templates';
import type { OverrideCache } from './override-cache';
import type { SectionPlan } from './render-channel';
import { TemplateError } from './template-error';

function overrideProblem(
  channel: ChannelTemplates,
  section: string,
  locale: string,
  error: TemplateError,
  usedFallback: boolean,
): TemplateProblem {
  return {
    kind: 'TEMPLATE_ERROR',
    channel: channel.spec.channel,
    section,
    locale,
    template: error.template,
    partial: error.partial,
    line: error.position.line,
    column: error.position.column,
    message: `${error.message} (locale ${locale})`,
    reason: error.reason,
    usedFallback,
  };
}

/**
 * Which template renders each section of a channel: a brand's override when it compiles (with the built-in
 * template as its fallback), else the built-in one. An override that does not compile, or names a section the
 * channel lacks, becomes a problem and the built-in template is used.
 */
export async function planSections(
  channel: ChannelTemplates,
  overrides: Readonly<Record<string, string>>,
  cache: OverrideCache,
  locale: string,
): Promise<{ plan: SectionPlan[]; problems: TemplateProblem[] }> {
  const sections = templateSectionsOf(channel.spec);
  const problems: TemplateProblem[] = [];
  for (const section of Object.keys(overrides).filter((s) => !sections.includes(s))) {
    const error = new TemplateError(`${channel.spec.channel} has no section "${section}" (sections: ${sections.join(', ')})`, `${channel.spec.channel}/${section} (override)`);
    problems.push(overrideProblem(channel, section, locale, error, false));
  }
  const plan: SectionPlan[] = [];
  for (const section of sections) {
    const builtIn = channel.templates.get(section);
    const source = overrides[section];
    const compiled = source === undefined ? undefined : await cache.get(channel.spec.channel, section, source);
    if (compiled instanceof TemplateError) problems.push(overrideProblem(channel, section, locale, compiled, builtIn !== undefined));
    if (compiled !== undefined && !(compiled instanceof TemplateError)) plan.push({ section, template: compiled, fallback: builtIn });
    else if (builtIn) plan.push({ section, template: builtIn });
  }
  return { plan, problems };
}
