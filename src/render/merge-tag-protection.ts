import { MERGE_TAG_HELPER } from './helpers/template-helpers';
import { simpleName, walk } from './template-ast';

function offsetsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function sliceOf(source: string, starts: readonly number[], loc: hbs.AST.SourceLocation): string {
  const from = (starts[loc.start.line - 1] ?? 0) + loc.start.column;
  const to = (starts[loc.end.line - 1] ?? 0) + loc.end.column;
  return source.slice(from, to);
}

function stringLiteral(value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral {
  return { type: 'StringLiteral', value, original: value, loc };
}

/**
 * Lets a template carry platform merge tags as literal text: every `{{name}}` that is not a helper becomes
 * `{{mergeTag "name" "<source text>"}}`, which renders the context's `name` when it has one and otherwise the
 * tag exactly as written (`{{first_name}}`, `{{ first_name }}`). Without this, handlebars would render an
 * unknown `{{first_name}}` as nothing.
 * NOTE: the AST we rewrite comes from parsing the template and only gains string literals copied from its
 * source, so compiling it is as safe as compiling the source itself.
 */
export function protectMergeTags(ast: hbs.AST.Program, source: string, isHelper: (name: string) => boolean): void {
  const starts = offsetsOf(source);
  walk(ast, (node) => {
    if (node.type !== 'MustacheStatement') return;
    const mustache = node as hbs.AST.MustacheStatement;
    const name = simpleName(mustache.path);
    if (name === undefined || isHelper(name) || mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0) return;
    const path = mustache.path as hbs.AST.PathExpression;
    mustache.params = [stringLiteral(name, path.loc), stringLiteral(sliceOf(source, starts, mustache.loc), mustache.loc)];
    mustache.path = { ...path, parts: [MERGE_TAG_HELPER], original: MERGE_TAG_HELPER };
  });
}
