// Sign-in page: checks the key against the hub, keeps it in sessionStorage, then opens the campaign list.
import { graphql, storeKey, storedKey } from './api.js';
import { showStatus } from './dom.js';
import { plainMessage } from './messages.js';

const form = document.getElementById('sign-in-form');
const input = document.getElementById('api-key');
const status = document.getElementById('sign-in-status');

if (storedKey()) location.replace('/review/campaigns');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const key = input.value.trim();
  if (!key) {
    showStatus(status, 'Paste your API key first.', 'error');
    return;
  }
  showStatus(status, 'Checking the key…');
  try {
    await graphql('query ReviewSignIn { me { role } }', {}, key);
  } catch (error) {
    showStatus(status, plainMessage(error), 'error');
    return;
  }
  storeKey(key);
  input.value = '';
  location.assign('/review/campaigns');
});
