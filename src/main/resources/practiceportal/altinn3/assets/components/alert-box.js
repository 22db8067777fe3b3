// Designsystemet's alert: a plain box WITHOUT a role (Altinn only adds role=alert in a few
// places), and the technical error paragraphs Altinn puts in several of them.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';

/** @param colour "danger", "warning" or "info" */
export function alertBox(colour, ...children) {
  return h(
    'div',
    { class: `alert alert-${colour}`, 'data-color': colour },
    icon(colour === 'danger' ? 'circle-x' : 'warning', 'alert-icon'),
    h('div', { class: 'alert-content' }, children),
  );
}

/** "Det har skjedd en teknisk feil. …" and "Tidspunkt feilen inntraff: 14:03:22 - HttpStatus: 503". */
export function technicalErrorParagraphs(status) {
  const time = new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return [h('p', {}, t.errors.technical), h('p', {}, t.errors.whenAndStatus(time, status))];
}
