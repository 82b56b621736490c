// Coded hub errors in plain words for reviewers (the codes are the public contract's extensions.code).
import { forgetKey } from './api.js';
import { element, showStatus } from './dom.js';

const BY_REASON = {
  'VARIANT.OVERRIDE_REQUIRED': (e) =>
    `Not approved: this variant has error flags (${(e.extensions.codes ?? []).join(', ') || 'see the list'}). ` +
    'To approve it anyway, write an override reason; it is recorded with the approval.',
  'VARIANT.WRONG_STATUS': (e) =>
    `This variant is ${String(e.extensions.status ?? 'no longer in review').toLowerCase().replace('_', ' ')} now, ` +
    'so it cannot be approved or rejected. Reload to see its current state.',
  'VARIANT.SAME_APPROVER': () => 'This brand requires someone other than the last editor of this copy to approve it.',
};

const BY_CODE = {
  NETWORK: () => 'Could not reach the hub. Check your connection and try again.',
  UNAUTHENTICATED: () => 'The hub did not accept your key: it may be mistyped or revoked. Sign in again.',
  FORBIDDEN: () => "Your key's role may not do this. Reviewing needs a key with the REVIEWER or ADMIN role.",
  NOT_FOUND: () => 'Not found: it does not exist, or your key may not see its brand.',
  VERSION_CONFLICT: (e) =>
    'Someone changed this variant while you were reading it' +
    (e.extensions.currentVersion ? ` (it is at revision ${e.extensions.currentVersion} now, you saw ${e.extensions.expectedVersion})` : '') +
    '. Reload to see the latest copy, then decide again.',
  BAD_USER_INPUT: (e) => `The hub refused this: ${e.message}`,
  SERVICE_UNAVAILABLE: () => 'The hub cannot reach its database right now. Try again in a moment.',
  QUERY_TOO_COMPLEX: () => 'The hub refused a request of this page as too large. Tell an administrator.',
};

/** A HubError (or anything thrown) as a sentence a reviewer can act on. */
export function plainMessage(error) {
  const reason = BY_REASON[error?.extensions?.reason];
  if (reason) return reason(error);
  const byCode = BY_CODE[error?.code];
  if (byCode) return byCode(error);
  const id = error?.requestId ? ` (request id ${error.requestId})` : '';
  return `Something went wrong on the hub${id}. Try again; if it keeps happening, tell an administrator.`;
}

/** Shows `error` in plain words in a status element; a refused key is forgotten and a sign-in link offered. */
export function showError(statusElement, error) {
  showStatus(statusElement, plainMessage(error), 'error');
  if (error?.code !== 'UNAUTHENTICATED') return;
  forgetKey();
  const link = element('a', 'sign-in-again', 'Sign in again');
  link.href = '/review';
  statusElement.append(' ', link);
}
