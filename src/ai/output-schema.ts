import { z } from 'zod';
import type { ChannelSpec } from '../domain/channel/channel-spec';
import { LIMITS } from '../domain/input-rules';
import { isListField, type VariantContent } from '../domain/variant/variant-content';

/** The `json_schema` of `response_format`: exactly the channel's content fields (strict structured output). */
export interface OutputJsonSchema {
  readonly name: string;
  readonly strict: true;
  readonly schema: Record<string, unknown>;
}

/** Most items a list answer may have (slides): beyond any platform's limit, so the drift engine reports it. */
const MAX_ITEMS = 50;

/**
 * The JSON Schema of a channel's answer, from its spec's sections. NOTE: strict mode wants every property
 * required, so an optional section is required-but-nullable (`["string", "null"]`).
 */
export function outputJsonSchema(spec: ChannelSpec): OutputJsonSchema {
  const properties: Record<string, unknown> = {};
  for (const s of spec.sections) {
    const text = { type: s.required ? 'string' : ['string', 'null'], description: s.purpose };
    properties[s.name] = isListField(s.name) ? { type: s.required ? 'array' : ['array', 'null'], description: s.purpose, items: { type: 'string' } } : text;
  }
  return {
    name: `${spec.channel.toLowerCase()}_copy`,
    strict: true,
    schema: { type: 'object', properties, required: spec.sections.map((s) => s.name), additionalProperties: false },
  };
}

const text = z.string().trim().max(LIMITS.copy);

/** The zod schema that validates a parsed answer against the same sections. */
function answerSchema(spec: ChannelSpec) {
  const shape: Record<string, z.ZodType> = {};
  for (const s of spec.sections) {
    const field = isListField(s.name) ? z.array(text.min(1)).min(1).max(MAX_ITEMS) : s.required ? text.min(1) : text;
    shape[s.name] = s.required ? field : field.nullish();
  }
  return z.object(shape);
}

/** The result of reading an answer: channel copy, or what is wrong with it. */
export type ParsedAnswer = { readonly content: VariantContent } | { readonly problem: string };

/** Parses and validates a model's answer; anything but the JSON object the schema describes is a problem. */
export function parseAnswer(spec: ChannelSpec, raw: string): ParsedAnswer {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: 'the answer is not valid JSON' };
  }
  const parsed = answerSchema(spec).safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(answer)'}: ${i.message}`);
    return { problem: `the answer does not match the schema: ${issues.join('; ')}` };
  }
  const content = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  return { content: content as VariantContent };
}
