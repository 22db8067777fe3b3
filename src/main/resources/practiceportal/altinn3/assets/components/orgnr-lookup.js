// The organisation number field of "Legg til leverandør" and "Ny bruker". At exactly nine digits
// it asks the API who that is; every change throws away the previous answer, so the submit
// button is only enabled while the shown organisation matches the field.

import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { spinner } from './spinner.js';

export function orgnrLookup({ ownNumberHelp, onChange }) {
  const inputId = uid('orgnr');
  const errorId = uid('orgnr-error');
  const input = h('input', {
    id: inputId,
    type: 'text',
    class: 'text-input',
    inputmode: 'numeric',
    autocomplete: 'off',
  });
  const alertSlot = h('div', { class: 'lookup-alert' });
  const errorSlot = h('div', { class: 'field-error-slot', id: errorId });
  const resultSlot = h('div', { class: 'lookup-result', 'aria-live': 'polite' });
  const element = h(
    'div',
    { class: 'lookup' },
    alertSlot,
    h('div', { class: 'field' }, h('label', { for: inputId, class: 'label' }, t.addSupplierDialog.orgnrLabel), input, errorSlot),
    resultSlot,
  );

  let generation = 0;
  let found = null;

  function clear() {
    found = null;
    alertSlot.replaceChildren();
    errorSlot.replaceChildren();
    resultSlot.replaceChildren();
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }

  function showError(text) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', errorId);
    errorSlot.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, text));
  }

  function showOwnNumber() {
    alertSlot.replaceChildren(
      h(
        'div',
        { class: 'alert alert-warning', role: 'alert' },
        icon('warning', 'alert-icon'),
        h('div', {}, h('h3', { class: 'alert-heading' }, t.lookup.ownNumber), h('p', {}, ownNumberHelp)),
      ),
    );
  }

  function showFound(organisation) {
    resultSlot.replaceChildren(
      h('h3', { class: 'lookup-heading' }, t.addSupplierDialog.youAreAdding),
      h('p', { class: 'lookup-name' }, h('strong', {}, organisation.name)),
      h('p', { class: 'lookup-orgnr' }, `Org.nr. ${organisation.groupedOrgnr}`),
    );
  }

  async function lookUp(orgnr, mine) {
    resultSlot.replaceChildren(spinner('sm'));
    try {
      const organisation = await api(`/lookup/organisation/${orgnr}`);
      if (mine !== generation) return;
      found = organisation;
      showFound(organisation);
    } catch (error) {
      if (mine !== generation) return;
      resultSlot.replaceChildren();
      if (error.code === 'EGET_ORGNR') showOwnNumber();
      else if (error.code === 'SPERRET') showError(t.lookup.lockedOut);
      else if (error.code === 'UKJENT_ORGNR') showError(t.lookup.notFound);
      else showError(t.genericError);
    }
    onChange(found);
  }

  input.addEventListener('input', () => {
    generation += 1;
    clear();
    onChange(null);
    const digits = input.value.replace(/\s/g, '');
    if (/^\d{9}$/.test(digits)) lookUp(digits, generation);
  });

  return { element, input, found: () => found };
}
