// The approve / reject form of a variant in review. The hub re-checks drift when deciding, so the page lets it
// judge whether an override reason is needed and explains its answer.
import { graphql } from './api.js';
import { fromTemplate, showStatus } from './dom.js';
import { showError } from './messages.js';
import { VARIANT_FIELDS } from './queries.js';

const APPROVE = `mutation ReviewApprove($input: ReviewDecisionInput!) { approveVariant(input: $input) { ...ReviewVariant } } ${VARIANT_FIELDS}`;
const REJECT = `mutation ReviewReject($input: ReviewDecisionInput!) { rejectVariant(input: $input) { ...ReviewVariant } } ${VARIANT_FIELDS}`;

function errorCodes(variant) {
  return [...new Set(variant.drift.flags.filter((f) => f.severity === 'ERROR').map((f) => f.code))];
}

/** Shows the override field with an explanation naming the error codes. */
function revealOverride(form, codes) {
  const box = form.querySelector('.override');
  box.hidden = false;
  const count = codes.length === 1 ? 'an error flag' : 'error flags';
  form.querySelector('.override-help').textContent =
    `This copy has ${count} (${codes.join(', ')}). Approving it anyway needs a reason, which is recorded with the ` +
    'approval and shown to whoever publishes it. Otherwise, reject it with a comment so the editor can fix it.';
}

function labelFields(form, id) {
  for (const [cls, label] of [['comment', 'comment-label'], ['override-reason', 'override-label']]) {
    form.querySelector(`.${cls}`).id = `${cls}-${id}`;
    form.querySelector(`.${label}`).htmlFor = `${cls}-${id}`;
  }
  form.querySelector('.override-reason').setAttribute('aria-describedby', `override-help-${id}`);
  form.querySelector('.override-help').id = `override-help-${id}`;
}

/** The decision form of `variant`; after a decision the hub's updated variant goes to `onDecided`. */
export function decisionForm(variant, onDecided) {
  const form = fromTemplate('decision-template');
  labelFields(form, variant.id);
  const codes = errorCodes(variant);
  if (codes.length) revealOverride(form, codes);
  const status = form.querySelector('.decision-status');
  const buttons = [...form.querySelectorAll('button')];
  const decide = async (mutation, field, verb) => {
    const input = { variantId: variant.id, expectedRevision: variant.revision, comment: form.querySelector('.comment').value };
    if (verb === 'approve') input.overrideReason = form.querySelector('.override-reason').value;
    buttons.forEach((b) => (b.disabled = true));
    showStatus(status, verb === 'approve' ? 'Approving…' : 'Rejecting…');
    try {
      onDecided((await graphql(mutation, { input }))[field]);
    } catch (error) {
      showError(status, error);
      if (error.extensions?.reason === 'VARIANT.OVERRIDE_REQUIRED') {
        revealOverride(form, error.extensions.codes ?? codes);
        form.querySelector('.override-reason').focus();
      }
      buttons.forEach((b) => (b.disabled = false));
    }
  };
  form.querySelector('.approve').addEventListener('click', () => decide(APPROVE, 'approveVariant', 'approve'));
  form.querySelector('.reject').addEventListener('click', () => decide(REJECT, 'rejectVariant', 'reject'));
  return form;
}
