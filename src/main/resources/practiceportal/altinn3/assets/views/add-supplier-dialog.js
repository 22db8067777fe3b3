// "Legg til leverandør": look up an organisation number, then "Legg til virksomhet" makes it a
// supplier and opens its page. An organisation that already is a supplier is not added twice;
// the button just opens its page.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { openModal } from '../components/modal.js';
import { orgnrLookup } from '../components/orgnr-lookup.js';
import { spinner } from '../components/spinner.js';
import { changed } from '../practice-settings.js';
import { openTermsDialog } from '../drift/terms-dialog.js';

export function openAddSupplierDialog(context) {
  const d = t.addSupplierDialog;
  const modal = openModal({ heading: d.heading, closeLabel: d.close });
  const submit = h('button', { type: 'submit', class: 'button button-primary', disabled: true }, d.submit);
  const busy = h('span', { class: 'button-busy' });
  const error = h('div', { class: 'submit-error' });
  const lookup = orgnrLookup({
    ownNumberHelp: t.lookup.ownNumberHelpApi,
    onChange: (found) => {
      // Change "a3-knapp-deaktivert": the button never comes alive.
      submit.disabled = !found || changed('a3-knapp-deaktivert');
      error.replaceChildren();
    },
  });
  const form = h('form', { class: 'modal-form', novalidate: true }, lookup.element, error, h('div', { class: 'button-row' }, submit, busy));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const organisation = lookup.found();
    if (!organisation || submit.disabled) return;
    const store = () => api('/maskinporten/suppliers', { method: 'POST', body: { orgnr: organisation.orgnr } });
    const openSupplier = () => context.navigate(paths.supplier(organisation.orgnr));
    if (changed('a3-ekstra-steg')) {
      modal.close();
      openTermsDialog({ store, onStored: openSupplier });
      return;
    }
    submit.disabled = true;
    busy.replaceChildren(spinner('sm'));
    try {
      await store();
      modal.close();
      openSupplier();
    } catch (e) {
      busy.replaceChildren();
      submit.disabled = false;
      error.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError));
    }
  });
  modal.body.append(form);
  lookup.input.focus();
}
