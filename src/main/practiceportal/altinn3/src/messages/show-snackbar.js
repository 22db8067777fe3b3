// Altinn's snackbar for views written as components, called from their event handlers: one region
// for the whole page, outside every dialog; each message a role=alert with a bell, the text and a
// button named "close" (English in every language, as in Altinn), gone by itself after 3 s.
// Everything outside an open modal dialog is inert, so the text is also written into a visually
// hidden live region inside that dialog.

import { showSnackbarMessage } from './snackbar.jsx';

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
    live = document.createElement('div');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('data-snackbar-live', '');
    dialog.append(live);
  }
  live.textContent = text;
}
