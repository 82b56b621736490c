import type { AiConfig } from '../../src/config';
import type { Database } from '../../src/store/database';
import { campaignDataOf, channelOf, cleanCopy } from '../../scripts/support/loopback-copy';
import { copyReply, LoopbackModel, type ModelCall, type Reply, type Script } from '../../scripts/support/loopback-model';
import { CreateBrandDocument, CreateCampaignDocument, type MasterMessageInput } from '../generated/graphql';
import { createTestApi, type TestApi } from './api';

/** AI mode pointed at a loopback model, with a short budget so failure paths finish quickly. */
export function aiConfig(baseUrl: string, overrides: Partial<AiConfig> = {}): AiConfig {
  return { enabled: true, apiKey: 'sk-test-not-a-real-key', baseUrl, model: 'loopback-small', timeoutMs: 3000, concurrency: 4, maxRepairs: 2, ...overrides };
}

/** One log line the AI path wrote. */
export interface LogLine {
  readonly level: string;
  readonly obj: Record<string, unknown>;
  readonly msg: string;
}

/** A log that keeps its lines (a pino-shaped sink; none of our code is replaced). */
export function capturingLog(): { lines: LogLine[]; logger: never } {
  const lines: LogLine[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, obj, msg });
  const logger = { warn: at('warn'), info: at('info'), debug: at('debug'), error: at('error'), child: () => logger };
  return { lines, logger: logger as never };
}

/** The reply of a careful model: clean copy for whatever channel and master the request carries. */
export const cleanModel: Script = (call: ModelCall): Reply => copyReply(cleanCopy(channelOf(call.body), campaignDataOf(call.body).master));

/** An in-process API whose AI mode talks to a loopback model, with a brand to work in. */
export interface AiWorld {
  readonly api: TestApi;
  readonly model: LoopbackModel;
  readonly brandId: string;
  readonly log: LogLine[];
  campaign(master: MasterMessageInput): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a loopback model (answering with `script`) and an API on `database` configured to use it. */
export async function startAiWorld(database: Database, script: Script = cleanModel, ai: Partial<AiConfig> = {}): Promise<AiWorld> {
  const model = await LoopbackModel.start(script);
  const { lines, logger } = capturingLog();
  const api = await createTestApi(database, undefined, { ai: aiConfig(model.baseUrl, ai), logger });
  const toneRules = { maxExclamations: 1, allowEmoji: false, protectedTerms: ['Brightline'], bannedTerms: ['cheap'] };
  const brandId = (await api.ok(CreateBrandDocument, { input: { name: 'AI brand', defaultLocale: 'en', toneRules } })).createBrand.id;
  return {
    api,
    model,
    brandId,
    log: lines,
    campaign: async (master) => (await api.ok(CreateCampaignDocument, { input: { brandId, name: 'Launch', master } })).createCampaign.id,
    stop: async () => {
      await api.stop();
      await model.close();
    },
  };
}
