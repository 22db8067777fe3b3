// What Altinn says when looking up or adding an organisation fails, by the HTTP status: 400 is
// "Fant ingen organisasjon …" (also when the ADD call answers 400), 429 the lockout, anything
// else the technical message with the time and the status.

import { h } from '../dom.js';
import { t } from '../texts.js';
import { alertBox, technicalErrorParagraphs } from './alert-box.js';

export function lookupErrorMessage(status) {
  if (status === 400) return alertBox('danger', h('p', {}, t.lookup.notFound));
  if (status === 429) return alertBox('danger', h('p', {}, t.lookup.lockedOut));
  return alertBox('danger', h('p', {}, t.errors.generalParagraph), technicalErrorParagraphs(status));
}
