import { channelSpec } from '../../../../src/domain/channel';
import { FIRST_CLASS_LANGUAGES } from '../../../../src/domain/language/languages';
import { wordKeys, keyWords } from '../../../../src/domain/language/word-keys';
import { RULE_KINDS } from '../../../../src/domain/rules/kinds';
import type { KindExample, RuleContext } from '../../../../src/domain/rules/rule-kind';
import { channelSections } from '../../../../src/domain/text/sections';
import { wordsOf } from '../../../../src/domain/text/words';
import { findUrls } from '../../../../src/domain/text/urls';
import { nameSpans } from '../../../../src/domain/drift/analysis';
import type { Linguistics } from '../../../../src/domain/drift/linguistics';
import { realTools } from '../../../helpers/tools';

let tools: Linguistics;
beforeAll(async () => {
  tools = await realTools();
});

function run(kindId: string, example: KindExample): string[] {
  const rule = RULE_KINDS[kindId]!.create(example.options, { pack: 'Test', rule: 'Example' });
  const channel = example.channel ?? 'TWEET';
  const keys = wordKeys(example.lang, tools);
  const sections = channelSections(channel, example.content).map((s) => {
    const urls = findUrls(s.text);
    return { ...s, words: keyWords(wordsOf(s.text, example.lang), keys), urls, names: nameSpans(s.text, undefined, urls) };
  });
  const ctx: RuleContext = { lang: example.lang, tools, channel, spec: channelSpec(channel), content: example.content, date: '2026-06-01', knownUpperCase: new Set(['IMAX', 'HIIT', 'IVA']) };
  return rule.run(sections, ctx).filter((f) => f.severity !== 'SUGGESTION').map((f) => f.code);
}

describe.each(Object.keys(RULE_KINDS))('rule kind %s', (kindId) => {
  const examples = RULE_KINDS[kindId]!.examples;

  it('should document an ok and a not-ok example in every first-class language', () => {
    for (const lang of FIRST_CLASS_LANGUAGES) {
      const mine = examples.filter((e) => e.lang === lang);
      expect({ lang, ok: mine.some((e) => e.expected.length === 0), notOk: mine.some((e) => e.expected.length > 0) }).toEqual({ lang, ok: true, notOk: true });
    }
  });

  it.each(examples.map((e, i) => [i, e.lang, e.expected.join(',') || 'ok', e] as const))('should give example %i (%s) exactly: %s', (_i, _lang, _label, example) => {
    expect([...new Set(run(kindId, example))]).toEqual([...new Set(example.expected)]);
  });
});

describe('protected-term beyond its examples', () => {
  it('should accept е for ё in a Russian name', () => {
    const ok: KindExample = { lang: 'ru', options: { terms: ['Ёлка'] }, content: { text: 'Магазин Елка и Ёлка открыт.' }, expected: [] };
    expect(run('protected-term', ok)).toEqual([]);
  });
});
