import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createBrand } from '../../src/app/brands';
import { createCampaign } from '../../src/app/campaigns';
import type { Deps } from '../../src/app/deps';
import { generateVariants } from '../../src/app/variants/generate-variants';
import { loadConfig } from '../../src/config';
import { createDeps } from '../../src/hub';
import { openDatabase } from '../../src/store/database';
import { DEMO_BRAND, DEMO_CAMPAIGNS } from '../seed-data';
import { campaignDataOf, channelOf, cleanCopy, driftingCopy, isRepair } from '../support/loopback-copy';
import { copyReply, LoopbackModel, type ModelCall, type Reply } from '../support/loopback-model';
import { OPERATORS } from '../support/operators';

/**
 * `npm run bench ai`: the AI path against a loopback OpenAI-compatible model (real `openai` SDK over HTTP,
 * answers in no time), so what is measured is the hub's own loop: prompts, HTTP, parsing, the drift engine on
 * every answer, repairs, storing. Prints model calls per variant, the share of variants that pass without
 * repair, and the hub's time per variant next to TEMPLATE mode's.
 */
const ROUNDS = Number(process.env.BENCH_AI_ROUNDS ?? 4);
const OPERATOR = OPERATORS.bench;

/** True for about `share` of the (campaign, channel) pairs, the same ones every run. */
function drawn(call: ModelCall, share: number): boolean {
  const key = `${campaignDataOf(call.body).master.headline}|${channelOf(call.body)}`;
  return crypto.createHash('sha256').update(key).digest()[0]! / 256 < share;
}

/** A model whose first answer drifts for `share` of the channels and whose repairs are clean (or not, `stubborn`). */
function modelDrifting(share: number, stubborn = false) {
  return (call: ModelCall): Reply => {
    const write = (stubborn || !isRepair(call.body)) && drawn(call, share) ? driftingCopy : cleanCopy;
    return copyReply(write(channelOf(call.body), campaignDataOf(call.body).master));
  };
}

interface Figures {
  variants: number;
  calls: number;
  firstTimeClean: number;
  ms: number;
}

async function run(deps: Deps, campaignIds: readonly string[], mode: 'AI' | 'TEMPLATE', model?: LoopbackModel): Promise<Figures> {
  const before = model?.calls.length ?? 0;
  const f: Figures = { variants: 0, calls: 0, firstTimeClean: 0, ms: 0 };
  const started = performance.now();
  for (const campaignId of campaignIds) {
    for (const { variant } of await generateVariants(deps, OPERATOR, { campaignId, mode })) {
      f.variants++;
      const first = variant.head.ai?.perAttempt?.[0];
      if (first?.outcome === 'COPY' && first.errors === 0 && first.warnings === 0) f.firstTimeClean++;
    }
  }
  f.ms = performance.now() - started;
  f.calls = (model?.calls.length ?? 0) - before;
  return f;
}

async function newCampaigns(deps: Deps, brandId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const { name, master } of DEMO_CAMPAIGNS) ids.push((await createCampaign(deps, OPERATOR, { brandId, name: `${name} ${r}`, master: { ...master, headline: `${master.headline} (${r})` } })).id);
  }
  return ids;
}

function line(label: string, f: Figures, ai = true): string {
  const perVariant = `${(f.ms / f.variants).toFixed(1).padStart(6)} ms/variant`;
  if (!ai) return `${label.padEnd(44)} ${' '.repeat(52)} ${perVariant}`;
  const calls = (f.calls / f.variants).toFixed(2);
  const clean = ((100 * f.firstTimeClean) / f.variants).toFixed(1);
  return `${label.padEnd(44)} model calls/variant ${calls.padStart(5)}   pass without repair ${clean.padStart(5)}%   ${perVariant}`;
}

/** Runs the AI benchmark and prints its lines. */
export async function benchAi(): Promise<void> {
  const model = await LoopbackModel.start(modelDrifting(0.3));
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  const ai = { ...loadConfig({}).ai, enabled: true, apiKey: 'bench', baseUrl: model.baseUrl, model: 'loopback' };
  const deps = await createDeps(database, undefined, undefined, { ai });
  try {
    const brand = await createBrand(deps, OPERATOR, DEMO_BRAND);
    const campaigns = await newCampaigns(deps, brand.id);
    console.log(`\n## AI generation: loopback model, ${campaigns.length} campaigns × 4 channels, concurrency ${ai.concurrency}, repairs ≤ ${ai.maxRepairs}`);
    await run(deps, campaigns.slice(0, 1), 'TEMPLATE');
    console.log(line('TEMPLATE mode (no model), for reference', await run(deps, campaigns, 'TEMPLATE'), false));
    console.log(line('AI, first answer drifts on ~30% of channels', await run(deps, campaigns, 'AI', model)));
    console.log(line('AI, identical requests again (reuse)', await run(deps, campaigns, 'AI', model)));
    model.script = modelDrifting(1);
    const fresh = await newCampaigns(deps, brand.id);
    console.log(line('AI, every first answer drifts', await run(deps, fresh, 'AI', model)));
    model.script = modelDrifting(1, true);
    console.log(line('AI, a model that never fixes its copy', await run(deps, await newCampaigns(deps, brand.id), 'AI', model)));
    model.script = modelDrifting(0);
    console.log(line('AI, a careful model (no drift)', await run(deps, await newCampaigns(deps, brand.id), 'AI', model)));
  } finally {
    await database.close();
    await model.close();
  }
}
