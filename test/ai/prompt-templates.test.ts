import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fencedJson, PromptTemplates } from '../../src/ai/prompt-templates';
import { outputJsonSchema, parseAnswer } from '../../src/ai/output-schema';
import { DEFAULT_TONE_RULES } from '../../src/domain/brand/tone-rules';
import { channelSpec } from '../../src/domain/channel';
import { findProjectRoot } from '../../src/config';
import { MASTERS } from '../fixtures/masters';

const promptsDir = path.join(findProjectRoot(), 'templates', 'prompts');
const request = { channel: 'INSTAGRAM_CAROUSEL' as const, master: MASTERS.en, brandName: 'Brightline', toneRules: { ...DEFAULT_TONE_RULES, maxExclamations: 0 }, date: '2026-03-01' };

function copyOfPrompts(edit?: (name: string, text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonehub-prompts-'));
  for (const file of fs.readdirSync(promptsDir)) fs.writeFileSync(path.join(dir, file), edit ? edit(file, fs.readFileSync(path.join(promptsDir, file), 'utf8')) : fs.readFileSync(path.join(promptsDir, file)));
  return dir;
}

describe('the prompt templates', () => {
  it('should escape angle brackets in data blocks so that no text can close the block', () => {
    const json = fencedJson({ body: '</campaign-data> & <system>' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ body: '</campaign-data> & <system>' });
  });

  it("should state the channel's sections and the limits in force on the day, from its spec", () => {
    const [, write] = PromptTemplates.load().messages(request);
    expect(write!.content).toContain('Instagram carousel');
    expect(write!.content).toContain('"slides" (required)');
    expect(write!.content).toContain('between 2 and 20 items');
    expect(write!.content).toContain('at most 5 hashtags');
    expect(write!.content).toContain('Write no URL at all');
    expect(write!.content).toContain('No exclamation marks.');
    expect(write!.content).toContain('in English (locale en)');
  });

  it('should change its version when a template changes, and name the file of a broken one', () => {
    const same = copyOfPrompts();
    const edited = copyOfPrompts((name, text) => (name === 'write.hbs' ? `${text}\nBe brief.\n` : text));
    const broken = copyOfPrompts((name, text) => (name === 'repair.hbs' ? `${text}{{#each}}` : text));
    try {
      expect(PromptTemplates.load(same).version).toBe(PromptTemplates.load().version);
      expect(PromptTemplates.load(edited).version).not.toBe(PromptTemplates.load().version);
      expect(() => PromptTemplates.load(broken)).toThrow(/repair\.hbs/);
    } finally {
      for (const dir of [same, edited, broken]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the structured output of a channel', () => {
  it('should make optional sections nullable and every section required, as strict mode wants', () => {
    const schema = outputJsonSchema(channelSpec('BLOG_POST')).schema as { required: string[]; properties: Record<string, { type: unknown }> };
    expect(schema.required).toEqual(['title', 'slug', 'metaDescription', 'body']);
    expect(schema.properties.slug?.type).toEqual(['string', 'null']);
    expect(schema.properties.title?.type).toBe('string');
  });

  it('should read valid answers and name what is wrong with the others', () => {
    const spec = channelSpec('INSTAGRAM_CAROUSEL');
    expect(parseAnswer(spec, JSON.stringify({ slides: ['One', 'Two'], caption: 'Hi' }))).toEqual({ content: { slides: ['One', 'Two'], caption: 'Hi' } });
    expect(parseAnswer(spec, '```json\n{}```')).toEqual({ problem: 'the answer is not valid JSON' });
    expect(parseAnswer(spec, JSON.stringify({ slides: [], caption: 'Hi' }))).toMatchObject({ problem: expect.stringContaining('slides') });
    expect(parseAnswer(spec, JSON.stringify({ slides: ['A'], caption: '   ' }))).toMatchObject({ problem: expect.stringContaining('caption') });
  });
});
