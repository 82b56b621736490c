import type { RenderProblem, TemplateProblem } from '../app/ports/renderer';
import { measureText } from '../domain/channel/check-limits';
import { type ChannelSpec, limitValueOn } from '../domain/channel/channel-spec';
import type { TextMetrics } from '../domain/channel/text-metrics';
import { isListField, type VariantContent } from '../domain/variant/variant-content';
import { HTML_SECTION } from './channel-templates';
import { fitSection } from './fit-section';
import { normalizeText } from './helpers/text-tools';
import type { RenderContext } from './render-context';
import type { CompiledTemplate } from './template-environment';
import { toTemplateError } from './template-error';

/** A line holding only `---` separates the items of a list section (one slide per block). */
const LIST_SEPARATOR = /^[ \t]*---[ \t]*$/mu;

/** The template to render a section with, and the built-in one to fall back to when it is an override. */
export interface SectionPlan {
  readonly section: string;
  readonly template: CompiledTemplate;
  readonly fallback?: CompiledTemplate;
}

/** Everything one channel render needs. */
export interface ChannelJob {
  readonly spec: ChannelSpec<string>;
  readonly context: RenderContext;
  readonly plan: readonly SectionPlan[];
  readonly metrics: TextMetrics;
  readonly date: string;
  /** Sections written by a person: kept as they are, not rendered. */
  readonly given?: VariantContent;
}

/** `overflowOf(text)`: by how much `text` breaks the tightest text limit of the section (≤ 0: fits). */
function overflowFor(job: ChannelJob, section: string): ((text: string) => number) | undefined {
  const bounds = job.spec.limits
    .filter((l) => l.sections.includes(section as never) && (l.measure === 'characters' || l.measure === 'tweetLength'))
    .map((limit) => ({ limit, max: limitValueOn(limit, job.date).max }))
    .filter((b): b is { limit: typeof b.limit; max: number } => b.max !== undefined);
  if (bounds.length === 0) return undefined;
  return (text) => Math.max(...bounds.map(({ limit, max }) => measureText(limit, text, job.metrics) - max));
}

function renderSection(job: ChannelJob, section: string, template: CompiledTemplate): string | string[] {
  if (section === HTML_SECTION) return template.render(job.context);
  if (isListField(section)) {
    return template.render(job.context).split(LIST_SEPARATOR).map(normalizeText).filter((item) => item !== '');
  }
  const overflowOf = overflowFor(job, section);
  const once = (data?: Record<string, unknown>) => normalizeText(template.render(job.context, data));
  return overflowOf ? fitSection((fit) => once({ fit }), overflowOf).text : once();
}

function templateProblem(job: ChannelJob, section: string, error: unknown, template: CompiledTemplate, usedFallback: boolean): TemplateProblem {
  const located = toTemplateError(error, template.name);
  return {
    kind: 'TEMPLATE_ERROR',
    channel: job.spec.channel,
    section,
    locale: job.context.locale,
    template: located.template,
    partial: located.partial,
    line: located.position.line,
    column: located.position.column,
    message: `${located.message} (locale ${job.context.locale})`,
    reason: located.reason,
    usedFallback,
  };
}

function renderPlanned(job: ChannelJob, plan: SectionPlan, problems: RenderProblem[]): string | string[] | undefined {
  try {
    return renderSection(job, plan.section, plan.template);
  } catch (error) {
    problems.push(templateProblem(job, plan.section, error, plan.template, plan.fallback !== undefined));
  }
  if (!plan.fallback) return undefined;
  try {
    return renderSection(job, plan.section, plan.fallback);
  } catch (error) {
    problems.push(templateProblem(job, plan.section, error, plan.fallback, false));
    return undefined;
  }
}

/**
 * Renders a channel's sections in order; each rendered section is visible to the next ones (the HTML reads the
 * subject and preheader). A section whose template fails is left out and reported; the others still render.
 */
export function renderChannel(job: ChannelJob): { content: VariantContent; problems: RenderProblem[] } {
  const problems: RenderProblem[] = [];
  const content: Record<string, string | string[]> = {};
  for (const plan of job.plan) {
    const written = job.given?.[plan.section as keyof VariantContent];
    const value = written !== undefined ? (written as string | string[]) : renderPlanned(job, plan, problems);
    if (value === undefined) continue;
    content[plan.section] = value;
    job.context.sections[plan.section] = value;
  }
  return { content: content as VariantContent, problems };
}
