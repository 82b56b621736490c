// One variant as a card: its copy per channel section with drift evidence marked, its flags, its status, and
// (while in review) the decision form.
import { CHANNEL_LABELS, STATUS_LABELS, element, fromTemplate, setText } from './dom.js';
import { flagsForSection, highlightedText } from './highlight.js';
import { decisionForm } from './decision.js';

/** The sections a reviewer reads, per channel, in reading order: [label, content field]. */
const SECTIONS = {
  TWEET: [['Tweet text', 'text']],
  EMAIL: [['Subject', 'subject'], ['Preheader', 'preheader'], ['Body', 'body']],
  BLOG_POST: [['Title', 'title'], ['Meta description', 'metaDescription'], ['Body (markdown)', 'body']],
  INSTAGRAM_CAROUSEL: [['Slides', 'slides'], ['Caption', 'caption']],
};

/** The copy's sections as [label, section name, text]; list fields become one entry per item (`slides[2]`). */
function copySections(variant) {
  const fields = SECTIONS[variant.channel] ?? Object.keys(variant.content).map((f) => [f, f]);
  return fields.flatMap(([label, field]) => {
    const value = variant.content[field];
    if (value == null || value === '') return [];
    if (Array.isArray(value)) return value.map((text, i) => [`Slide ${i + 1}`, `${field}[${i + 1}]`, text]);
    return [[label, field, value]];
  });
}

function sectionBlock(label, name, text, flags) {
  const block = fromTemplate('section-template');
  setText(block, '.section-name', label);
  const body = block.querySelector('.section-text');
  body.dataset.section = name;
  body.append(highlightedText(text, flagsForSection(flags, name)).fragment);
  return block;
}

function flagItem(flag) {
  const item = fromTemplate('flag-template');
  const badge = setText(item, '.severity', flag.severity.toLowerCase());
  badge.classList.add(`sev-${flag.severity.toLowerCase()}`);
  setText(item, '.flag-code', flag.code);
  setText(item, '.flag-message', flag.message);
  const where = [flag.section ? `in ${flag.section}` : '', flag.evidence ? `“${flag.evidence}”` : ''].filter(Boolean).join(': ');
  setText(item, '.flag-where', where);
  return item;
}

function fillHeader(card, variant) {
  setText(card, '.variant-title', `${CHANNEL_LABELS[variant.channel] ?? variant.channel}`);
  const badge = setText(card, '.status-badge', STATUS_LABELS[variant.status] ?? variant.status);
  badge.classList.add(`status-${variant.status.toLowerCase().replace('_', '-')}`);
  const meta = [`revision ${variant.revision}`, `from master v${variant.masterVersion}`, variant.source.toLowerCase(), variant.locale];
  if (variant.stale) meta.push('stale: the master changed since');
  setText(card, '.variant-meta', meta.join(' · '));
}

function fillDecision(card, variant) {
  const parts = [];
  if (variant.status === 'APPROVED' || variant.status === 'REJECTED') {
    parts.push(STATUS_LABELS[variant.status]);
    if (variant.reviewComment) parts.push(`comment: “${variant.reviewComment}”`);
    if (variant.overrideReason) parts.push(`error flags overridden: “${variant.overrideReason}”`);
  }
  const decision = setText(card, '.decision', parts.join(' · '));
  decision.hidden = parts.length === 0;
}

/** A card for `variant`; `onDecided(updated)` is called after an approval or rejection. */
export function variantCard(variant, onDecided) {
  const card = fromTemplate('variant-template');
  card.id = `variant-${variant.id}`;
  card.dataset.variantId = variant.id;
  card.dataset.status = variant.status;
  card.dataset.channel = variant.channel;
  fillHeader(card, variant);
  const flags = variant.drift.flags;
  const sections = card.querySelector('.variant-sections');
  for (const [label, name, text] of copySections(variant)) sections.append(sectionBlock(label, name, text, flags));
  card.querySelector('.flags').append(...flags.map(flagItem));
  card.querySelector('.no-flags').hidden = flags.length > 0;
  setText(card, '.score', `· consistency ${Math.round(variant.drift.score * 100)}%`);
  for (const note of variant.drift.notes ?? []) card.querySelector('.drift').append(element('p', 'note muted', `Note: ${note.message}`));
  fillDecision(card, variant);
  if (variant.status === 'IN_REVIEW') card.append(decisionForm(variant, onDecided));
  return card;
}
