/**
 * Drift engine benchmark (`npm run bench:drift`): accuracy on the development set and on the held-out and five blind
 * sets (test/fixtures/drift-holdout) as the development set's README scores it, then speed on one core:
 * tweet-sized checks per second and milliseconds per 1,500-word blog post.
 * Targets: F1 ≥ 0.95, false alarms ≤ 5 %, ≥ 5,000 tweet checks/s, < 5 ms per blog post.
 */
import { checkDrift, type DriftCheckInput } from '../../src/domain/drift/check-drift';
import type { Linguistics } from '../../src/domain/drift/linguistics';
import { compileToneRules } from '../../src/domain/rules/compile-tone-rules';
import { createLinguistics } from '../../src/lang/create-linguistics';
import { type DevCase, evaluate, inputOf, loadDevSet, loadHoldoutSet } from './dev-set';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rows = (table: Readonly<Record<string, { hits: number; total: number }>>) =>
  Object.entries(table)
    .map(([k, { hits, total }]) => `${k} ${hits}/${total}`)
    .join('  ');

function accuracy(name: string, cases: readonly DevCase[], tools: Linguistics): void {
  const m = evaluate(cases, (c) => checkDrift(inputOf(c), tools));
  console.log(`${name}: ${cases.length} cases`);
  console.log(`precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  false alarms ${pct(m.falseAlarmRate)}  code recall ${pct(m.codeRecall)}`);
  console.log(`code recall per locale: ${rows(m.codeRecallByLocale)}`);
  console.log(`cases fully right per locale: ${rows(m.byLocale)}`);
  console.log(`code recall per code: ${rows(m.byCode)}`);
  for (const f of m.failures) console.log(`  miss ${f.id}: expected [${f.expected.join(', ')}], got [${f.got.join(', ')}]`);
}

/** CPU time of this process in ms (user + system). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const ROUNDS = 7;

/**
 * Runs `fn` over `inputs` round-robin in ROUNDS rounds of `ms / ROUNDS` milliseconds of CPU each; returns
 * the best round's calls per CPU second.
 * NOTE: CPU time, not wall time, and the best round, not the mean: the machine is shared (2 cores), and
 * both wall time and the mean mostly measured the neighbours. The check is single-threaded, so calls per
 * CPU second are calls per second on one core.
 */
function throughput(inputs: readonly DriftCheckInput[], fn: (input: DriftCheckInput) => unknown, ms = 2800): number {
  for (let i = 0; i < 200; i++) fn(inputs[i % inputs.length] as DriftCheckInput);
  let best = 0;
  let n = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMs();
    let calls = 0;
    while (cpuMs() - start < ms / ROUNDS) for (let i = 0; i < 20; i++, calls++) fn(inputs[n++ % inputs.length] as DriftCheckInput);
    best = Math.max(best, (calls / (cpuMs() - start)) * 1000);
  }
  return best;
}

function blogPost(c: DevCase, words: number): DriftCheckInput {
  const paragraph = (c.variant.body ?? '').replace(/https?:\/\/\S+/g, '');
  const count = paragraph.split(/\s+/).length;
  const body = `${Array.from({ length: Math.ceil(words / count) }, () => paragraph).join('\n\n')}\n\n${c.master.callToAction.url}`;
  return { ...inputOf(c), content: { title: c.variant.title ?? 'Post', body } };
}

function speed(cases: readonly DevCase[], tools: Linguistics): void {
  const tweets = cases.filter((c) => c.channel === 'TWEET').map((c) => inputOf(c));
  const compiled = new Map(tweets.map((t) => [t, compileToneRules(t.toneRules)]));
  const warm = throughput(tweets, (t) => checkDrift(t, tools, compiled.get(t)));
  console.log(`tweet checks per CPU second (master and rules compiled once): ${Math.round(warm)}  (target ≥ 5000)`);
  const cold = throughput(tweets, (t) => checkDrift({ ...t, master: { ...t.master } }, tools, compiled.get(t)), 1000);
  console.log(`tweet checks per CPU second (master analysed on every check): ${Math.round(cold)}`);
  const blogs = cases.filter((c) => c.channel === 'BLOG_POST').map((c) => blogPost(c, 1500));
  const perBlog = 1000 / throughput(blogs, (b) => checkDrift(b, tools), 2000);
  console.log(`CPU ms per 1,500-word blog post: ${perBlog.toFixed(2)}  (target < 5)`);
}

/** Prints the drift engine's accuracy on the labelled sets and its speed. */
export async function benchDrift(): Promise<void> {
  console.log('\n## Drift engine: accuracy on labelled sets, speed on one core');
  const start = performance.now();
  const tools = await createLinguistics();
  console.log(`createLinguistics: ${(performance.now() - start).toFixed(0)} ms (once per process)`);
  const cases = loadDevSet();
  accuracy('dev set', cases, tools);
  accuracy('holdout set', loadHoldoutSet(), tools);
  accuracy('blind set', loadHoldoutSet('blind'), tools);
  accuracy('second blind set', loadHoldoutSet('blind2'), tools);
  accuracy('third blind set', loadHoldoutSet('blind3'), tools);
  accuracy('fourth blind set', loadHoldoutSet('blind4'), tools);
  accuracy('fifth blind set', loadHoldoutSet('blind5'), tools);
  speed(cases, tools);
}

if (require.main === module) void benchDrift();
