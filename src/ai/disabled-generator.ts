import type { CopyAnswer, CopyGenerator } from '../app/ports/copy-generator';
import { AiDisabledError } from '../domain/errors';

/** The CopyGenerator when no model is configured: AI mode answers AI_DISABLED; TEMPLATE mode needs no model. */
export class DisabledGenerator implements CopyGenerator {
  readonly settings = null;

  async complete(): Promise<CopyAnswer> {
    throw new AiDisabledError();
  }
}
