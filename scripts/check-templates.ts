/**
 * CI check of the templates: compiles every template (start-up fails on a broken one, naming file and line),
 * renders every channel for every fixture locale, and checks each output against its channel spec: no render
 * problem, no hard limit broken, every key fact verbatim, the CTA URL where links are allowed, no URL and the
 * locale's "link in bio" where they are not. Recommended limits only warn. Exits non-zero on any failure.
 * `--timing` also prints the median render time per channel and the cost of one mjml2html call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mjml2html from 'mjml';
import type { ChannelSpec } from '../src/domain/channel/channel-spec';
import { checkLimits } from '../src/domain/channel/check-limits';
import { findUrls } from '../src/domain/text/urls';
import type { VariantContent } from '../src/domain/variant/variant-content';
import { createHandlebarsRenderer, type HandlebarsRenderer } from '../src/render/handlebars-renderer';
import { withoutHandlebarsComments } from '../src/render/mjml-skeleton';
import { defaultTemplatesDir } from '../src/render/project-root';
import { twitterMetrics } from '../src/lang/twitter-metrics';

const today = new Date().toISOString().slice(0, 10);

function plainText(content: VariantContent): string {
  const { html: _html, slides, ...fields } = content;
  return [...(slides ?? []), ...Object.values(fields)].join('\n');
}

async function checkOne(renderer: HandlebarsRenderer, spec: ChannelSpec<string>, locale: string): Promise<{ failures: string[]; warnings: string[] }> {
  const fixture = renderer.fixture(locale);
  const { content, problems } = await renderer.render({ channel: spec.channel, locale, ...fixture, date: today });
  // NOTE: `problems` already holds the hard limit breaches (render/limit-problems.ts); the recommended ones are warnings.
  const failures = problems.map((p) => p.message);
  const warnings = checkLimits(spec, content, today, twitterMetrics)
    .filter((breach) => breach.limit.level !== 'hard')
    .map((breach) => `${breach.limit.id} on ${breach.section}: ${breach.actual} (min ${breach.min ?? '-'}, max ${breach.max ?? '-'})`);
  const text = plainText(content);
  for (const fact of fixture.master.keyFacts) if (!text.includes(fact)) failures.push(`key fact missing: "${fact}"`);
  if (spec.allowsLinks && !text.includes(fixture.master.callToAction.url)) failures.push('CTA URL missing');
  if (!spec.allowsLinks) {
    if (findUrls(text).length > 0) failures.push('a URL in a channel without links');
    const linkInBio = renderer.phrase(locale, 'linkInBio');
    if (!text.toLocaleLowerCase(locale).includes(linkInBio.toLocaleLowerCase(locale))) failures.push(`"${linkInBio}" missing`);
  }
  return { failures, warnings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function printTiming(renderer: HandlebarsRenderer, locales: readonly string[]): Promise<void> {
  for (const channel of renderer.channelIds()) {
    const times: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const locale = locales[i % locales.length] ?? 'en';
      const start = performance.now();
      await renderer.render({ channel, locale, ...renderer.fixture(locale), date: today });
      times.push(performance.now() - start);
    }
    console.log(`timing: ${channel} render median ${median(times).toFixed(3)} ms`);
  }
  const source = withoutHandlebarsComments(readFileSync(join(defaultTemplatesDir(), 'email', 'html.mjml'), 'utf8'));
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    await mjml2html(source, { validationLevel: 'skip' });
    times.push(performance.now() - start);
  }
  console.log(`timing: mjml2html of email/html.mjml median ${median(times).toFixed(3)} ms (done once at start-up, not per email)`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const renderer = await createHandlebarsRenderer({ metrics: twitterMetrics });
  console.log(`compiled all templates in ${(performance.now() - started).toFixed(1)} ms`);
  const { phrases, fixtures } = renderer.locales();
  let failed = 0;
  for (const locale of phrases) {
    const missing = renderer.missingPhrases(locale);
    if (missing.length > 0) {
      failed += 1;
      console.log(`FAIL phrases/${locale}.json lacks ${missing.join(', ')}`);
    }
  }
  for (const channel of renderer.channelIds()) {
    for (const locale of fixtures) {
      const { failures, warnings } = await checkOne(renderer, renderer.specOf(channel), locale);
      for (const w of warnings) console.log(`warn ${channel} ${locale}: ${w}`);
      for (const f of failures) console.log(`FAIL ${channel} ${locale}: ${f}`);
      if (failures.length > 0) failed += 1;
      else console.log(`ok   ${channel} ${locale}`);
    }
  }
  if (process.argv.includes('--timing')) await printTiming(renderer, fixtures);
  console.log(failed === 0 ? 'all templates ok' : `${failed} check(s) failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
