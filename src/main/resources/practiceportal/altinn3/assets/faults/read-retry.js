// A read that failed on the way (the server answered 502–504, or the network failed) shows
// "Noe gikk galt. Prøv igjen senere." with the button "Prøv igjen", which asks for exactly the same
// again. Whoever waits for the read keeps waiting until it succeeds, so no view needs to know.

import { h } from '../dom.js';
import { t } from '../texts.js';

const waiting = [];
let alert = null;

/** Resolves with what run() resolves with, once the person has asked again and it worked. */
export function offerRetry(run) {
  return new Promise((resolve, reject) => {
    waiting.push({ run, resolve, reject });
    show();
  });
}

/** Forgets reads whose view is gone; the router calls this when it draws a new page. */
export function forgetFailedReads() {
  waiting.splice(0);
  if (alert) alert.remove();
}

function show() {
  if (!alert) {
    const button = h('button', { type: 'button', class: 'button button-secondary' }, t.retry);
    button.addEventListener('click', retry);
    alert = h('div', { class: 'alert alert-danger retry-alert', role: 'alert' }, h('p', {}, t.genericError), button);
  }
  const host = where();
  host.prepend(alert);
}

/** Inside an open dialog (everything else is inert), else at the top of the page's content. */
function where() {
  const dialog = [...document.querySelectorAll('dialog[open]')].pop();
  if (dialog) return dialog.querySelector('.modal-body') || dialog;
  return document.getElementById('main') || document.getElementById('root') || document.body;
}

function retry() {
  alert.remove();
  for (const read of waiting.splice(0)) read.run().then(read.resolve, read.reject);
}
