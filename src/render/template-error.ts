import Handlebars from 'handlebars';

/** Where in a template something went wrong: 1-based line and column when known. */
export interface TemplatePosition {
  readonly line?: number;
  readonly column?: number;
}

/**
 * A template that does not compile or fails while rendering, located: which template (`tweet/text.hbs`,
 * `TWEET/text (override)`), which partial inside it if any, line and column. The renderer turns it into a
 * render problem; `validateTemplate` into a ValidationError.
 */
export class TemplateError extends Error {
  constructor(
    readonly reason: string,
    readonly template: string,
    readonly position: TemplatePosition = {},
    readonly partial?: string,
  ) {
    super(`${template}${partial ? ` (partial ${partial})` : ''}${describePosition(position)}: ${reason}`);
    this.name = 'TemplateError';
  }
}

/** A helper that threw, with the location handlebars gave the helper call; the template is named later. */
export class HelperError extends Error {
  constructor(
    readonly reason: string,
    readonly position: TemplatePosition,
    readonly partial?: string,
  ) {
    super(reason);
    this.name = 'HelperError';
  }
}

/** ` at line 3, column 7`, or nothing when the position is unknown. */
export function describePosition({ line, column }: TemplatePosition): string {
  if (line === undefined) return '';
  return column === undefined ? ` at line ${line}` : ` at line ${line}, column ${column}`;
}

interface HandlebarsException {
  readonly lineNumber?: number;
  readonly column?: number;
}

function parsePosition(error: Error): TemplatePosition {
  const exception = error as Error & HandlebarsException;
  if (typeof exception.lineNumber === 'number') {
    return { line: exception.lineNumber, column: typeof exception.column === 'number' ? exception.column + 1 : undefined };
  }
  const line = /Parse error on line (\d+)/u.exec(error.message)?.[1];
  if (line === undefined) return {};
  // NOTE: jison leaves the failing token's location on the shared lexer; read synchronously right after the throw.
  const lexer = (Handlebars as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer;
  const at = lexer?.yylloc;
  return at && at.first_line === Number(line) ? { line: at.first_line, column: at.first_column + 1 } : { line: Number(line) };
}

function firstLine(message: string): string {
  const lines = message.split('\n');
  const expecting = lines.find((l) => l.startsWith('Expecting'));
  return expecting ? `${lines[0]?.replace(/ on line \d+:?/u, '')} (${expecting})` : (lines[0] ?? message);
}

/** Any error thrown while compiling or rendering `template`, as a located TemplateError. */
export function toTemplateError(error: unknown, template: string): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof HelperError) return new TemplateError(error.reason, template, error.position, error.partial);
  if (error instanceof Error) return new TemplateError(firstLine(error.message), template, parsePosition(error));
  return new TemplateError(String(error), template);
}
