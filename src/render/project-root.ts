import { join } from 'node:path';
import { findProjectRoot } from '../config';

/** The default templates folder: `<project root>/templates` (found from src/ under jest and dist/ at run time). */
export function defaultTemplatesDir(): string {
  return join(findProjectRoot(), 'templates');
}
