import Handlebars, { type HelperOptions } from 'handlebars';
import { helpersFor, type TemplateMode } from './helpers/template-helpers';
import { protectMergeTags } from './merge-tag-protection';
import { findIssues, type KnownNames } from './template-ast';
import { HelperError, TemplateError, toTemplateError } from './template-error';

/** A compiled template: renders a context (and handlebars `@data`, e.g. the fitter's state) to a string. */
export interface CompiledTemplate {
  /** For messages: `tweet/text.hbs`, `TWEET/text (override)`. */
  readonly name: string;
  readonly mode: TemplateMode;
  render(context: object, data?: Record<string, unknown>): string;
}

type HelperFn = (this: unknown, ...args: unknown[]) => unknown;

function withLocation(name: string, helper: HelperFn): HelperFn {
  return function located(this: unknown, ...args: unknown[]) {
    try {
      return helper.apply(this, args);
    } catch (error) {
      if (error instanceof HelperError) throw error;
      const loc = (args.at(-1) as { loc?: hbs.AST.SourceLocation } | undefined)?.loc;
      const reason = `helper ${name}: ${error instanceof Error ? error.message : String(error)}`;
      throw new HelperError(reason, loc ? { line: loc.start.line, column: loc.start.column + 1 } : {});
    }
  };
}

/**
 * One handlebars environment per output kind (plain text: nothing escaped; HTML: everything escaped): its own
 * helpers and partials, so a partial compiled for text is never reused in HTML. Every helper reports the line
 * and column of its call when it throws; a partial names itself.
 */
export class TemplateEnvironment {
  private readonly hb = Handlebars.create();
  private readonly known: KnownNames;

  constructor(
    readonly mode: TemplateMode,
    partials: ReadonlyMap<string, string>,
  ) {
    this.hb.registerHelper(helpersFor(mode) as unknown as Handlebars.HelperDeclareSpec);
    for (const [name, helper] of Object.entries(this.hb.helpers)) {
      this.hb.helpers[name] = withLocation(name, helper as HelperFn) as Handlebars.HelperDelegate;
    }
    this.known = { helpers: new Set(Object.keys(this.hb.helpers)), partials: new Set(partials.keys()) };
    for (const [name, source] of partials) this.registerPartial(name, source);
  }

  /** Parses, checks (unknown helpers and partials are errors with their line) and compiles a template. */
  compile(source: string, name: string): CompiledTemplate {
    const template = this.compileFunction(source, name);
    return {
      name,
      mode: this.mode,
      render: (context, data) => {
        try {
          return template(context, data ? { data } : undefined);
        } catch (error) {
          throw toTemplateError(error, name);
        }
      },
    };
  }

  private compileFunction(source: string, name: string): Handlebars.TemplateDelegate {
    let ast: hbs.AST.Program;
    try {
      ast = this.hb.parse(source);
    } catch (error) {
      throw toTemplateError(error, name);
    }
    const [issue] = findIssues(ast, this.known);
    if (issue) throw new TemplateError(issue.reason, name, issue.position);
    protectMergeTags(ast, source, (helper) => this.known.helpers.has(helper));
    return this.hb.compile(ast, { noEscape: this.mode === 'text', preventIndent: false });
  }

  private registerPartial(name: string, source: string): void {
    const template = this.compileFunction(source, `partials/${name}`);
    const partial = (context: unknown, options: HelperOptions) => {
      try {
        return template(context, options as Handlebars.RuntimeOptions);
      } catch (error) {
        if (error instanceof HelperError && error.partial === undefined) throw new HelperError(error.reason, error.position, name);
        if (error instanceof HelperError) throw error;
        throw new HelperError(error instanceof Error ? error.message : String(error), {}, name);
      }
    };
    this.hb.registerPartial(name, partial as unknown as Handlebars.Template);
  }
}
