// Campaigns awaiting review: every brand the key sees, each with its campaigns that hold IN_REVIEW variants.
import { graphql, requireKey, wireSignOut } from './api.js';
import { CHANNEL_LABELS, fromTemplate, setText, showStatus } from './dom.js';
import { showError } from './messages.js';

const BRANDS = `query ReviewBrands($after: String) {
  brands(first: 50, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

// NOTE: one brand's campaigns a page at a time: a single brands × campaigns query would exceed the hub's
// complexity limit for any realistic page size.
const CAMPAIGNS = `query ReviewCampaigns($brandId: ID!, $after: String) {
  brand(id: $brandId) {
    campaigns(first: 25, after: $after) {
      edges { node { id name master { headline } variants(status: IN_REVIEW) { id channel drift { flags { severity } } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** Every node of a paged connection, following `after` cursors. */
async function allNodes(fetchPage) {
  const nodes = [];
  let after = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

function countsText(variants) {
  const errors = variants.filter((v) => v.drift.flags.some((f) => f.severity === 'ERROR')).length;
  const channels = [...new Set(variants.map((v) => CHANNEL_LABELS[v.channel] ?? v.channel))].join(', ');
  const waiting = `${variants.length} awaiting review (${channels})`;
  return errors ? `${waiting} · ${errors} with error flags` : waiting;
}

function campaignRow(campaign) {
  const row = fromTemplate('campaign-row-template');
  const link = setText(row, '.campaign-link', campaign.name);
  link.href = `/review/campaigns/${encodeURIComponent(campaign.id)}`;
  setText(row, '.campaign-headline', campaign.master.headline);
  const counts = setText(row, '.campaign-counts', countsText(campaign.variants));
  if (campaign.variants.some((v) => v.drift.flags.some((f) => f.severity === 'ERROR'))) counts.classList.add('has-errors');
  return row;
}

async function brandSection(brand) {
  const section = fromTemplate('brand-template');
  setText(section, '.brand-name', brand.name);
  const campaigns = await allNodes(async (after) => (await graphql(CAMPAIGNS, { brandId: brand.id, after })).brand.campaigns);
  const waiting = campaigns.filter((c) => c.variants.length > 0);
  const list = section.querySelector('.campaign-list');
  for (const campaign of waiting) list.append(campaignRow(campaign));
  section.querySelector('.empty').hidden = waiting.length > 0;
  return { section, waiting: waiting.length };
}

async function main() {
  if (!requireKey()) return;
  wireSignOut();
  const status = document.getElementById('page-status');
  try {
    const brands = await allNodes(async (after) => (await graphql(BRANDS, { after })).brands);
    const sections = await Promise.all(brands.map(brandSection));
    document.getElementById('brands').append(...sections.map((s) => s.section));
    const total = sections.reduce((n, s) => n + s.waiting, 0);
    if (brands.length === 0) showStatus(status, 'Your key sees no brands.');
    else showStatus(status, total === 0 ? 'Nothing is awaiting review.' : `${total} campaign${total === 1 ? '' : 's'} awaiting review.`);
  } catch (error) {
    showError(status, error);
  }
}

main();
