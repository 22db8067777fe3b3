// Designsystemet's alert box, drawn by the component library: WITHOUT a role (Altinn only adds
// role=alert in a few places), and the technical error paragraphs Altinn puts in several of them.

import { h } from '../dom.js';
import { t } from '../texts.js';
import { alertBox as libraryAlertBox } from '../components.jsx';

/** @param colour "danger", "warning" or "info" */
export function alertBox(colour, ...children) {
  return libraryAlertBox({ colour, contents: children.flat(Infinity) });
}

/** "Det har skjedd en teknisk feil. …" and "Tidspunkt feilen inntraff: 14:03:22 - HttpStatus: 503". */
export function technicalErrorParagraphs(status) {
  const time = new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return [h('p', {}, t.errors.technical), h('p', {}, t.errors.whenAndStatus(time, status))];
}
