import type { TemplatePosition } from './template-error';

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** A mistake found in a template before it runs (unknown helper or partial), with its position. */
export interface TemplateIssue {
  readonly reason: string;
  readonly position: TemplatePosition;
}

/** What a template may call: the helpers and partials registered in its environment. */
export interface KnownNames {
  readonly helpers: ReadonlySet<string>;
  readonly partials: ReadonlySet<string>;
}

/** Every child slot any handlebars node type has (the AST's node types, merged for walking). */
interface AnyNode {
  readonly path?: Node;
  readonly name?: Node;
  readonly params?: readonly Node[];
  readonly hash?: { readonly pairs: readonly { readonly value: Node }[] };
  readonly body?: readonly Node[];
  readonly program?: Node | null;
  readonly inverse?: Node | null;
}

function children(node: Node): Node[] {
  const n = node as AnyNode;
  const hashValues = n.hash ? n.hash.pairs.map((p) => p.value) : [];
  return [n.path, n.name, ...(n.params ?? []), ...hashValues, ...(n.body ?? []), n.program, n.inverse].filter(
    (child): child is Node => child !== undefined && child !== null,
  );
}

/** Visits every node of a template's AST, parents before children. */
export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

function positionOf(node: Node): TemplatePosition {
  return node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : {};
}

/** The name of a path that is a plain identifier (`foo`, not `foo.bar`, `../foo`, `@index` or `this`). */
export function simpleName(path: Expression | undefined): string | undefined {
  if (path?.type !== 'PathExpression') return undefined;
  const p = path as hbs.AST.PathExpression;
  return !p.data && p.depth === 0 && p.parts.length === 1 && p.original !== 'this' ? p.parts[0] : undefined;
}

function isCall(node: Node): node is Call {
  return node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression';
}

function callsHelper(node: Call): boolean {
  return node.type === 'SubExpression' || node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
}

function issueOf(node: Node, known: KnownNames): TemplateIssue | undefined {
  if (isCall(node) && callsHelper(node)) {
    const name = simpleName(node.path);
    if (name === undefined || !known.helpers.has(name)) {
      const shown = name ?? (node.path as hbs.AST.PathExpression).original;
      return { reason: `unknown helper "${shown}"`, position: positionOf(node) };
    }
  }
  if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
    const name = simpleName((node as hbs.AST.PartialStatement).name);
    if (name !== undefined && name !== '@partial-block' && !known.partials.has(name)) {
      return { reason: `unknown partial "${name}"`, position: positionOf(node) };
    }
  }
  return undefined;
}

/** The names of the inline partials a template defines (`{{#*inline "name"}}…{{/inline}}`). */
function inlinePartials(ast: hbs.AST.Program): string[] {
  const names: string[] = [];
  walk(ast, (node) => {
    if (node.type !== 'DecoratorBlock') return;
    const block = node as hbs.AST.DecoratorBlock;
    const [first] = simpleName(block.path) === 'inline' ? block.params : [];
    if (first?.type === 'StringLiteral') names.push((first as hbs.AST.StringLiteral).value);
  });
  return names;
}

/** Unknown helpers and partials a template refers to, in source order. */
export function findIssues(ast: hbs.AST.Program, known: KnownNames): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const names: KnownNames = { helpers: known.helpers, partials: new Set([...known.partials, ...inlinePartials(ast)]) };
  walk(ast, (node) => {
    const issue = issueOf(node, names);
    if (issue) issues.push(issue);
  });
  return issues;
}
