import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { CopyRequest } from '../app/ports/copy-generator';
import { channelSpec } from '../domain/channel';
import { isListField } from '../domain/variant/variant-content';
import { findProjectRoot } from '../config';
import { describeLimits } from './limit-text';

/** The prompt templates, one file each in `templates/prompts/`. */
const FILES = ['system', 'write', 'repair', 'malformed'] as const;
type PromptName = (typeof FILES)[number];

/** A chat message as the Chat Completions API takes it. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** The longest earlier answer sent back in a repair round (a runaway answer is not worth its tokens twice). */
const MAX_ECHO = 8000;

/**
 * JSON for a data block: `<`, `>` and `&` escaped as `\u003c`…, so no text inside can close the block's tag.
 * NOTE: this is what fences master text off from instructions: whatever a master says stays inside one JSON string.
 */
export function fencedJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languageOf(locale: string): string {
  try {
    return languageNames.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The data block of a request: the master and the brand's rules, exactly as stored. */
function campaignData(r: CopyRequest) {
  const t = r.toneRules;
  return {
    brand: {
      name: r.brandName,
      voice: t.voice,
      bannedTerms: t.bannedTerms,
      preferredTerms: t.preferredTerms,
      protectedTerms: t.protectedTerms,
      maxExclamations: t.maxExclamations,
      allowEmoji: t.allowEmoji,
    },
    master: { locale: r.master.locale, headline: r.master.headline, body: r.master.body, callToAction: r.master.callToAction, keyFacts: r.master.keyFacts },
  };
}

/**
 * The prompts, as handlebars templates from `templates/prompts/` (copywriters edit them without touching code).
 * `version` is a hash of their text: part of the reuse key, so edited prompts never serve results of old ones.
 */
export class PromptTemplates {
  private constructor(
    private readonly compiled: Readonly<Record<PromptName, HandlebarsTemplateDelegate>>,
    readonly version: string,
  ) {}

  /** Reads and compiles the templates (fails at start-up, naming the file, if one is missing or broken). */
  static load(dir = path.join(findProjectRoot(), 'templates', 'prompts')): PromptTemplates {
    const hb = Handlebars.create();
    hb.registerHelper('json', (value: unknown) => fencedJson(value));
    const hash = crypto.createHash('sha256');
    const compiled = {} as Record<PromptName, HandlebarsTemplateDelegate>;
    for (const name of FILES) {
      const file = path.join(dir, `${name}.hbs`);
      const source = fs.readFileSync(file, 'utf8');
      hash.update(`${name}\0${source}\0`);
      try {
        compiled[name] = hb.compile(source, { noEscape: true, strict: true });
        compiled[name](PromptTemplates.probe(name));
      } catch (error) {
        throw new Error(`prompt template ${file}: ${(error as Error).message}`, { cause: error });
      }
    }
    return new PromptTemplates(compiled, hash.digest('hex').slice(0, 12));
  }

  /** The conversation for a request: system, the writing task, and for a repair the answer and its findings. */
  messages(r: CopyRequest): ChatMessage[] {
    const spec = channelSpec(r.channel);
    const language = languageOf(r.master.locale);
    const maxExclamations = r.toneRules.maxExclamations;
    const write = this.compiled.write({
      channel: {
        label: spec.label,
        allowsLinks: spec.allowsLinks,
        sections: spec.sections.map((s) => ({ name: s.name, required: s.required, purpose: s.purpose, list: isListField(s.name) })),
        limits: describeLimits(spec, r.date),
      },
      language,
      locale: r.master.locale,
      date: r.date,
      toneLimits: { maxExclamations: maxExclamations || null, noExclamations: maxExclamations === 0, allowEmoji: r.toneRules.allowEmoji },
      data: campaignData(r),
    });
    const messages: ChatMessage[] = [
      { role: 'system', content: this.compiled.system({}) },
      { role: 'user', content: write },
    ];
    const f = r.feedback;
    if (f?.kind === 'DRIFT') {
      messages.push({ role: 'assistant', content: JSON.stringify(f.content).slice(0, MAX_ECHO) });
      const findings = f.flags.map((x) => ({ code: x.code, severity: x.severity, section: x.section ?? null, message: x.message, evidence: x.evidence ?? null }));
      messages.push({ role: 'user', content: this.compiled.repair({ findings }) });
    } else if (f?.kind === 'MALFORMED') {
      messages.push({ role: 'assistant', content: f.answer.slice(0, MAX_ECHO) });
      messages.push({ role: 'user', content: this.compiled.malformed({ problem: f.problem, language }) });
    }
    return messages;
  }

  /** Sample input that exercises every variable of a template (strict mode then names a typo at start-up). */
  private static probe(name: PromptName): object {
    if (name === 'repair') return { findings: [] };
    if (name === 'malformed') return { problem: 'probe', language: 'English' };
    if (name === 'system') return {};
    return {
      channel: { label: 'Tweet', allowsLinks: true, sections: [{ name: 'text', required: true, purpose: 'p', list: false }], limits: [{ sections: 'text', rule: 'r', hard: true, note: 'n' }] },
      language: 'English',
      locale: 'en',
      date: '2026-01-01',
      toneLimits: { maxExclamations: 1, noExclamations: false, allowEmoji: false },
      data: {},
    };
  }
}
