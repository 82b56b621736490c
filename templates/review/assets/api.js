// The review page's only way to the hub: POST /graphql with the key from sessionStorage in the
// Authorization header. NOTE: never put the key in a URL, a cookie or the DOM.

const KEY_ITEM = 'tonehub.review.key';

/** The key of this tab's session, or null. */
export function storedKey() {
  return sessionStorage.getItem(KEY_ITEM);
}

/** Keeps the key for this tab only (sessionStorage is per tab and per origin). */
export function storeKey(key) {
  sessionStorage.setItem(KEY_ITEM, key);
}

/** Forgets the key. */
export function forgetKey() {
  sessionStorage.removeItem(KEY_ITEM);
}

/** A failed request: the first GraphQL error's code, reason, message and details, or a network failure. */
export class HubError extends Error {
  constructor(message, code, extensions = {}, requestId = null) {
    super(message);
    this.code = code;
    this.extensions = extensions;
    this.requestId = requestId;
  }
}

/** Runs one GraphQL operation with `key` (default: the stored one); throws HubError on any error. */
export async function graphql(query, variables = {}, key = storedKey()) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new HubError('network', 'NETWORK');
  }
  const requestId = response.headers.get('x-request-id');
  let body;
  try {
    body = await response.json();
  } catch {
    throw new HubError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR', {}, requestId);
  }
  const error = body.errors?.[0];
  if (error) throw new HubError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions ?? {}, requestId);
  return body.data;
}

/** Sends the browser to the sign-in page unless a key is stored; answers whether one is. */
export function requireKey() {
  if (storedKey()) return true;
  location.replace('/review');
  return false;
}

/** Wires the header's "Sign out" button. */
export function wireSignOut() {
  document.getElementById('sign-out')?.addEventListener('click', () => {
    forgetKey();
    location.assign('/review');
  });
}
