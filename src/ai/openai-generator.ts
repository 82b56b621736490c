import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { type CopyAnswer, type CopyGenerator, type CopyRequest, type GeneratorSettings, ModelUnavailableError, type TokenUsage } from '../app/ports/copy-generator';
import type { AiConfig } from '../config';
import { channelSpec } from '../domain/channel';
import type { ChannelSpec } from '../domain/channel/channel-spec';
import { outputJsonSchema, parseAnswer } from './output-schema';
import type { PromptTemplates } from './prompt-templates';
import { backoffMs, classifyFailure } from './retry-policy';

/** The minimal log the adapter writes to (pino fits). */
export interface GeneratorLog {
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

/** Below this much budget left a call is not worth starting. */
const MIN_CALL_MS = 50;

function usageOf(completion: ChatCompletion): TokenUsage {
  return { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
}

/** Reads the first choice of a completion: copy, or why it is not copy (refusal, cut off, not the JSON asked for). */
function answerOf(spec: ChannelSpec, completion: ChatCompletion): CopyAnswer {
  const usage = usageOf(completion);
  const message = completion.choices?.[0]?.message;
  const raw = typeof message?.content === 'string' ? message.content : '';
  if (!message) return { kind: 'MALFORMED', raw, problem: 'the answer has no message', usage };
  if (message.refusal) return { kind: 'MALFORMED', raw, problem: `the model refused: ${message.refusal.slice(0, 200)}`, usage };
  if (completion.choices[0]?.finish_reason === 'length') return { kind: 'MALFORMED', raw, problem: 'the answer was cut off (too long)', usage };
  const parsed = parseAnswer(spec, raw);
  return 'problem' in parsed ? { kind: 'MALFORMED', raw, problem: parsed.problem, usage } : { kind: 'COPY', content: parsed.content, raw, usage };
}

/**
 * The CopyGenerator over any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, LM Studio, a
 * gateway): structured output with a JSON Schema of the channel's fields, answers validated with zod.
 * NOTE: the SDK's own retries are off: ours stop at the channel's deadline (OPENAI_TIMEOUT_MS is the whole
 * budget), while the SDK would wait its timeout once per retry.
 */
export class OpenAiGenerator implements CopyGenerator {
  readonly settings: GeneratorSettings;
  private readonly client: OpenAI;

  constructor(
    config: AiConfig,
    private readonly prompts: PromptTemplates,
    private readonly log: GeneratorLog,
  ) {
    // NOTE: local servers (Ollama) ignore the key, but the SDK insists on one.
    this.client = new OpenAI({ apiKey: config.apiKey ?? 'not-needed', baseURL: config.baseUrl, maxRetries: 0, timeout: config.timeoutMs });
    this.settings = { model: config.model, promptVersion: prompts.version, timeoutMs: config.timeoutMs, maxRepairs: config.maxRepairs };
  }

  async complete(request: CopyRequest, deadline: number): Promise<CopyAnswer> {
    const spec = channelSpec(request.channel);
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: this.settings.model,
      messages: this.prompts.messages(request),
      response_format: { type: 'json_schema', json_schema: outputJsonSchema(spec) },
    };
    return answerOf(spec, await this.call(body, deadline));
  }

  /** One completion, retrying transient failures with backoff while the deadline allows. */
  private async call(body: ChatCompletionCreateParamsNonStreaming, deadline: number): Promise<ChatCompletion> {
    let last = 'no time left';
    for (let retry = 0; ; retry++) {
      const left = deadline - Date.now();
      if (left < MIN_CALL_MS) throw this.outOfTime(retry, last);
      try {
        return await this.client.chat.completions.create(body, { timeout: Math.floor(left), maxRetries: 0 });
      } catch (error) {
        const verdict = classifyFailure(error);
        last = verdict.reason;
        this.log.debug({ model: body.model, retry, reason: verdict.reason }, 'model call failed');
        if (!verdict.retry) throw new ModelUnavailableError(verdict.reason);
        const wait = backoffMs(retry, verdict.retryAfterMs);
        if (Date.now() + wait + MIN_CALL_MS > deadline) throw this.outOfTime(retry + 1, last);
        await sleep(wait);
      }
    }
  }

  private outOfTime(calls: number, last: string): ModelUnavailableError {
    return new ModelUnavailableError(`no answer within the ${this.settings.timeoutMs} ms budget after ${calls} call(s); last: ${last}`);
  }
}
