import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above `start` holding package.json. Works from `src/render` under
 * jest and from `dist/src/render` at run time, so `templates/` is found in both.
 */
export function findProjectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The default templates folder: `<project root>/templates`. */
export function defaultTemplatesDir(): string {
  return join(findProjectRoot(), 'templates');
}
