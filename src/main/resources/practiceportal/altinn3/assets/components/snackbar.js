// Altinn's snackbar: one region for the whole page, outside every dialog. Each message is a
// role=alert with a bell, the text and a button named "close" (English in every language, as in
// Altinn), and goes away by itself after 3 s. Everything outside an open modal dialog is inert, so
// the text is also written into a visually hidden live region inside that dialog.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';

const VISIBLE_MS = 3000;

let region = null;

function ensureRegion() {
  if (!region || !region.isConnected) {
    region = h('section', { class: 'snackbar-region' });
    document.body.append(region);
  }
  return region;
}

/** @param colour "success" or "danger" */
export function showSnackbar(text, colour = 'success') {
  const close = h('button', { type: 'button', class: 'snackbar-close', 'aria-label': t.snackbarClose }, icon('x'));
  const item = h(
    'div',
    { role: 'alert', class: `snackbar snackbar-${colour}`, 'data-color': colour },
    icon('bell-filled'),
    h('p', { class: 'snackbar-text' }, text),
    close,
  );
  const remove = () => item.remove();
  close.addEventListener('click', remove);
  ensureRegion().append(item);
  setTimeout(remove, VISIBLE_MS);
  echoInOpenDialog(text);
}

function echoInOpenDialog(text) {
  const dialog = [...document.querySelectorAll('dialog[open]')].pop();
  if (!dialog) return;
  let live = dialog.querySelector(':scope > [data-snackbar-live]');
  if (!live) {
    live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-snackbar-live': '' });
    dialog.append(live);
  }
  live.textContent = text;
}
