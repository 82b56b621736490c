import type { CopyGenerator } from '../app/ports/copy-generator';
import type { AiConfig } from '../config';
import { DisabledGenerator } from './disabled-generator';
import { type GeneratorLog, OpenAiGenerator } from './openai-generator';
import { PromptTemplates } from './prompt-templates';

/** The model behind AI mode: the OpenAI-compatible adapter when a key or base URL is configured, else the disabled one. */
export function createCopyGenerator(config: AiConfig | undefined, log: GeneratorLog): CopyGenerator {
  return config?.enabled ? new OpenAiGenerator(config, PromptTemplates.load(), log) : new DisabledGenerator();
}
