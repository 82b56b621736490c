import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../src/config';
import { printHubSchema } from '../src/graphql/build-schema';

/**
 * `npm run emit-schema` writes schema/schema.graphql from the code; `--check` (CI) fails when the committed
 * file differs from what the code emits.
 */
const file = path.join(findProjectRoot(), 'schema', 'schema.graphql');
const emitted = printHubSchema();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== emitted) {
    console.error('schema/schema.graphql is out of date: run `npm run emit-schema` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code.');
} else {
  fs.writeFileSync(file, emitted);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
