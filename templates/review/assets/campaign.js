// One campaign: the master beside its variants, those awaiting review first.
import { graphql, requireKey, wireSignOut } from './api.js';
import { element, setText, showStatus } from './dom.js';
import { showError } from './messages.js';
import { CAMPAIGN } from './queries.js';
import { variantCard } from './variant-card.js';

const status = document.getElementById('page-status');

function campaignId() {
  const match = /^\/review\/campaigns\/([^/]+)\/?$/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : '';
}

function fillMaster(campaign) {
  const { master } = campaign;
  document.title = `${campaign.name} · Tonehub review`;
  setText(document, '#campaign-title', campaign.name);
  setText(document, '#master-version', `v${master.version}`);
  setText(document, '#master-headline', master.headline);
  setText(document, '#master-body', master.body);
  setText(document, '#master-cta-text', master.callToAction.text);
  setText(document, '#master-cta-url', master.callToAction.url);
  setText(document, '#master-locale', master.locale);
  document.getElementById('master-facts').append(...master.keyFacts.map((fact) => element('li', 'copy', fact)));
  const brand = element('p', 'muted campaign-brand', `Brand: ${campaign.brand.name}`);
  document.getElementById('campaign-title').after(brand);
}

function updateCounts() {
  const pending = document.querySelectorAll('#pending .variant[data-status="IN_REVIEW"]').length;
  setText(document, '#pending-count', `(${pending})`);
  const others = document.querySelectorAll('#others .variant').length;
  setText(document, '#other-count', `(${others})`);
  document.getElementById('others-section').hidden = others === 0;
  if (pending === 0 && !document.querySelector('#pending .empty')) {
    document.getElementById('pending').prepend(element('p', 'empty muted', 'Nothing left to review in this campaign.'));
  }
}

/** Replaces a decided variant's card in place, so the reviewer sees the outcome where they acted. */
function onDecided(updated) {
  const old = document.getElementById(`variant-${updated.id}`);
  const card = variantCard(updated, onDecided);
  old.replaceWith(card);
  // NOTE: the buttons that had focus are gone; keyboard and screen-reader users land on the decided card.
  card.tabIndex = -1;
  card.focus();
  const verb = updated.status === 'APPROVED' ? 'Approved' : 'Rejected';
  showStatus(status, `${verb}: ${card.querySelector('.variant-title').textContent} (revision ${updated.revision}).`, 'ok');
  updateCounts();
}

async function main() {
  if (!requireKey()) return;
  wireSignOut();
  try {
    const { campaign } = await graphql(CAMPAIGN, { id: campaignId() });
    if (!campaign) throw Object.assign(new Error('not found'), { code: 'NOT_FOUND' });
    fillMaster(campaign);
    const pending = campaign.variants.filter((v) => v.status === 'IN_REVIEW');
    const others = campaign.variants.filter((v) => v.status !== 'IN_REVIEW');
    document.getElementById('pending').append(...pending.map((v) => variantCard(v, onDecided)));
    document.getElementById('others').append(...others.map((v) => variantCard(v, onDecided)));
    updateCounts();
    document.getElementById('review-layout').hidden = false;
    showStatus(status, pending.length ? `${pending.length} variant${pending.length === 1 ? '' : 's'} awaiting review.` : 'Nothing awaiting review.');
  } catch (error) {
    showError(status, error);
  }
}

main();
