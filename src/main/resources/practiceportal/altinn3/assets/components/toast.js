// A short confirmation at the bottom of the screen, like Altinn's snackbar. While a modal dialog
// is open the message lives inside it (everything outside a modal dialog is inert); when the
// dialog closes it moves back to the page and stays until it times out or is closed.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';

const VISIBLE_MS = 15000;

let region;
let timer;

function ensureRegion() {
  if (!region) {
    region = h('div', { class: 'toast-region', role: 'status', 'aria-live': 'polite' });
  }
  return region;
}

function placeRegion() {
  const openDialog = [...document.querySelectorAll('dialog[open]')].pop();
  const host = openDialog || document.body;
  if (region.parentElement !== host) host.append(region);
  if (openDialog) {
    openDialog.addEventListener('close', () => document.body.append(region), { once: true });
  }
}

export function showToast(text) {
  ensureRegion();
  placeRegion();
  const close = h(
    'button',
    { type: 'button', class: 'toast-close', 'aria-label': t.toastClose, onclick: hideToast },
    icon('x'),
  );
  region.replaceChildren(h('div', { class: 'toast' }, icon('bell-filled'), h('p', { class: 'toast-text' }, text), close));
  clearTimeout(timer);
  timer = setTimeout(hideToast, VISIBLE_MS);
}

export function hideToast() {
  if (region) region.replaceChildren();
}
