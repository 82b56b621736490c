import type { ChatBody } from './loopback-model';

/** The master as the hub's prompt carries it in its data block. */
export interface PromptMaster {
  readonly locale: string;
  readonly headline: string;
  readonly body: string;
  readonly callToAction: { readonly text: string; readonly url: string };
  readonly keyFacts: readonly string[];
}

const BLOCK = /<campaign-data>\n([\s\S]*?)\n<\/campaign-data>/;

/** The JSON of the request's `<campaign-data>` block (master and brand), as a model would read it. */
export function campaignDataOf(body: ChatBody): { master: PromptMaster; brand: Record<string, unknown> } {
  for (const m of body.messages) {
    const match = BLOCK.exec(m.content);
    if (match?.[1]) return JSON.parse(match[1]) as { master: PromptMaster; brand: Record<string, unknown> };
  }
  throw new Error('no <campaign-data> block in the request');
}

/** The channel a request is for, from the name of its response schema (`tweet_copy` → TWEET). */
export function channelOf(body: ChatBody): string {
  const name = body.response_format?.json_schema?.name ?? '';
  return name.replace(/_copy$/, '').toUpperCase();
}

/** True for a repair round (the conversation already holds an answer). */
export function isRepair(body: ChatBody): boolean {
  return body.messages.some((m) => m.role === 'assistant');
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}`);

/**
 * Copy a careful model would write for a channel: every key fact as written, the CTA URL where links work,
 * nothing the master does not say. The drift engine finds nothing in it.
 */
export function cleanCopy(channel: string, m: PromptMaster): Record<string, unknown> {
  const facts = m.keyFacts.join('. ');
  const cta = `${m.callToAction.text}: ${m.callToAction.url}`;
  switch (channel) {
    case 'TWEET':
      return { text: `${cut(m.headline, 90)}. ${facts}. ${cta}` };
    case 'EMAIL':
      return { subject: cut(m.headline, 70), preheader: null, body: `${m.body}\n\n${m.keyFacts.map((f) => `- ${f}`).join('\n')}\n\n${cta}` };
    case 'BLOG_POST':
      return { title: m.headline, slug: null, metaDescription: null, body: `## ${m.headline}\n\n${m.body}\n\n## ${m.callToAction.text}\n\n${m.keyFacts.map((f) => `- ${f}`).join('\n')}\n\n${m.callToAction.url}` };
    case 'INSTAGRAM_CAROUSEL':
      return { slides: [cut(m.headline, 140), ...m.keyFacts], caption: `${m.body} ${m.callToAction.text}.` };
    default:
      throw new Error(`no copy for channel ${channel}`);
  }
}

/**
 * Copy that drifts: the first key fact dropped and a price the master never states added, so the drift engine
 * flags it (MISSING_KEY_FACT, UNSUPPORTED_CLAIM and friends).
 */
export function driftingCopy(channel: string, m: PromptMaster): Record<string, unknown> {
  const lossy: PromptMaster = { ...m, keyFacts: m.keyFacts.slice(1), body: `${m.body.split('.').slice(1).join('.')} Only 9 € today, guaranteed.` };
  const copy = cleanCopy(channel, lossy);
  if (channel === 'TWEET') return { text: `${cut(lossy.body, 150)} ${lossy.keyFacts.join('. ')}. ${lossy.callToAction.url}` };
  return copy;
}
