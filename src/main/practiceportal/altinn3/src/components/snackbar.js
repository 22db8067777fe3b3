// Altinn's snackbar, drawn by the component library: one region for the whole page, outside every
// dialog; each message a role=alert with a bell, the text and a button named "close" (English in
// every language, as in Altinn), gone by itself after 3 s. Everything outside an open modal dialog
// is inert, so the text is also written into a visually hidden live region inside that dialog.

import { h } from '../dom.js';
import { showSnackbarMessage } from '../components.jsx';

/** @param colour "success" or "danger" */
export function showSnackbar(text, colour = 'success') {
  showSnackbarMessage({ message: text, colour });
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
