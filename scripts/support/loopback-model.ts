import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Chat Completions request body as the model server receives it. */
export interface ChatBody {
  readonly model: string;
  readonly messages: ReadonlyArray<{ readonly role: string; readonly content: string }>;
  readonly response_format?: { readonly type: string; readonly json_schema?: { readonly name: string; readonly schema: Record<string, unknown> } };
}

/** One request the server received, numbered from 0. */
export interface ModelCall {
  readonly index: number;
  readonly body: ChatBody;
}

/** What the server answers: a status and JSON body (after an optional delay), or nothing at all (hang). */
export type Reply = { readonly status?: number; readonly json: unknown; readonly delayMs?: number; readonly headers?: Record<string, string> } | { readonly hang: true };

/** Decides the reply to each call. */
export type Script = (call: ModelCall) => Reply | Promise<Reply>;

/** Tokens the server reports for every answer. */
const REPORTED_USAGE = { prompt_tokens: 120, completion_tokens: 80, total_tokens: 200 };

/** A Chat Completions answer whose message is `content` (a JSON text for structured output). */
export function completion(content: string, finishReason = 'stop'): object {
  return {
    id: 'chatcmpl-loopback',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'loopback',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: finishReason, logprobs: null }],
    usage: REPORTED_USAGE,
  };
}

/** A 200 answer carrying `content` as the model's JSON. */
export function copyReply(content: object, delayMs = 0): Reply {
  return { json: completion(JSON.stringify(content)), delayMs };
}

/** An OpenAI-style error answer. */
export function errorReply(status: number, message: string, headers?: Record<string, string>): Reply {
  return { status, json: { error: { message, type: 'server_error', code: null, param: null } }, headers };
}

/**
 * A small OpenAI-compatible server on loopback (POST /v1/chat/completions only) with scripted answers: the real
 * `openai` SDK talks to it over HTTP, as it would to OpenAI or Ollama. It records every call and the most calls
 * it had in flight at once.
 */
export class LoopbackModel {
  readonly calls: ModelCall[] = [];
  inFlight = 0;
  maxInFlight = 0;

  private constructor(
    private readonly server: http.Server,
    public script: Script,
  ) {}

  /** Starts the server on a free loopback port. */
  static async start(script: Script): Promise<LoopbackModel> {
    const server = http.createServer();
    const model = new LoopbackModel(server, script);
    server.on('request', (req, res) => void model.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return model;
  }

  /** The base URL to configure (`OPENAI_BASE_URL`). */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Stops the server, cutting hanging requests. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const call = { index: this.calls.length, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody };
    this.calls.push(call);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => this.inFlight--);
    const reply = await this.script(call);
    if ('hang' in reply) return;
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.json));
  }
}
