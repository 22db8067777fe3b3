// The organisation number field of "Legg til leverandør" and "Ny bruker", as Altinn's: spaces are
// taken out as you type, and at exactly nine characters the number is looked up, with no loading
// indicator. The answer goes to a polite live region below the field; refusals go, as alert boxes
// without a role, to an assertive live region above it. The acting organisation's own number is
// refused without asking the server.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { alertBox } from './alert-box.js';
import { lookupErrorMessage } from './lookup-error.js';
import { textField } from './text-field.js';
import { heading } from './heading.js';

/**
 * @param ownOrgnr the acting organisation's number
 * @param ownNumberHelp the paragraph under "Du kan ikke gi tilgang til eget organisasjonsnummer"
 * @param onChange receives the organisation found, or null while there is none
 */
export function orgnrLookup({ ownOrgnr, ownNumberHelp, onChange }) {
  const { element: field, input } = textField(t.addSupplierDialog.orgnrLabel, { idPrefix: 'orgnr' });
  const messages = h('div', { class: 'lookup-messages', 'aria-live': 'assertive' });
  const result = h('div', { class: 'lookup-result', 'aria-live': 'polite' });

  let generation = 0;
  let found = null;

  function showFound(organisation) {
    result.replaceChildren(
      heading(3, t.addSupplierDialog.youAreAdding, { className: 'lookup-heading' }),
      h('p', { class: 'lookup-name' }, h('strong', {}, organisation.registerName)),
      h('p', { class: 'lookup-orgnr' }, t.orgnrShort(organisation.groupedOrgnr)),
    );
  }

  function showOwnNumber() {
    messages.replaceChildren(
      alertBox('warning', heading(3, t.lookup.ownNumber, { className: 'alert-heading' }), h('p', {}, ownNumberHelp)),
    );
  }

  async function lookUp(orgnr, mine) {
    try {
      const organisation = await api(`/lookup/organisation/${encodeURIComponent(orgnr)}`);
      if (mine !== generation) return;
      found = organisation;
      showFound(organisation);
    } catch (error) {
      if (mine !== generation) return;
      messages.replaceChildren(lookupErrorMessage(error.status));
    }
    onChange(found);
  }

  input.addEventListener('input', () => {
    const value = input.value.replace(/ /g, '');
    if (value !== input.value) input.value = value;
    generation += 1;
    found = null;
    messages.replaceChildren();
    result.replaceChildren();
    onChange(null);
    if (value.length !== 9) return;
    if (value === ownOrgnr) showOwnNumber();
    else lookUp(value, generation);
  });

  return { messages, field, result, input, found: () => found };
}
