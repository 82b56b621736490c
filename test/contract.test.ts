import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { findProjectRoot } from '../src/config';
import { buildHubSchema } from '../src/graphql/build-schema';

/**
 * The public contract (../shared/contract, copied to test/fixtures/contract): every type, field, argument and
 * enum value it lists must exist in the schema the code emits, with the same type. Additions are fine.
 */
const dir = path.join(findProjectRoot(), 'test', 'fixtures', 'contract');
const contract = buildSchema(['drift.graphql', 'core.graphql'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n').replace(/^type Query \{/m, 'extend type Query {'));
const ours = buildHubSchema();

function problemsOf(name: string, theirs: GraphQLNamedType): string[] {
  const mine = ours.getType(name);
  if (!mine) return [`missing type ${name}`];
  if (mine.constructor !== theirs.constructor) return [`${name} is a ${mine.constructor.name}, expected ${theirs.constructor.name}`];
  if (isEnumType(theirs) && isEnumType(mine)) {
    const values = new Set(mine.getValues().map((v) => v.name));
    return theirs.getValues().filter((v) => !values.has(v.name)).map((v) => `missing enum value ${name}.${v.name}`);
  }
  if ((isObjectType(theirs) && isObjectType(mine)) || (isInputObjectType(theirs) && isInputObjectType(mine))) {
    const myFields = mine.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
    return Object.values(theirs.getFields()).flatMap((field) => fieldProblems(name, field, myFields[field.name]));
  }
  return [];
}

function fieldProblems(type: string, theirs: GraphQLField<unknown, unknown> | GraphQLInputField, mine: GraphQLField<unknown, unknown> | GraphQLInputField | undefined): string[] {
  const at = `${type}.${theirs.name}`;
  if (!mine) return [`missing field ${at}`];
  const problems = String(mine.type) === String(theirs.type) ? [] : [`${at} is ${String(mine.type)}, expected ${String(theirs.type)}`];
  const theirArgs = 'args' in theirs ? theirs.args : [];
  const myArgs = 'args' in mine ? mine.args : [];
  for (const arg of theirArgs) {
    const match = myArgs.find((a) => a.name === arg.name);
    if (!match) problems.push(`missing argument ${at}(${arg.name})`);
    else if (String(match.type) !== String(arg.type)) problems.push(`${at}(${arg.name}) is ${String(match.type)}, expected ${String(arg.type)}`);
  }
  const extra = myArgs.filter((a) => !theirArgs.some((t) => t.name === a.name) && String(a.type).endsWith('!') && a.defaultValue === undefined);
  return [...problems, ...extra.map((a) => `new required argument ${at}(${a.name}) would break callers`)];
}

describe('the public contract', () => {
  it('should be contained, type for type, in the schema the code emits', () => {
    const problems = Object.entries(contract.getTypeMap())
      .filter(([name, type]) => !name.startsWith('__') && !(isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(name)))
      .flatMap(([name, type]) => problemsOf(name, type));
    expect(problems).toEqual([]);
  });
});
