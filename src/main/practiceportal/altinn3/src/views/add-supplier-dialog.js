// "Legg til leverandør": look an organisation number up, then "Legg til virksomhet" makes it a
// supplier and opens its page. An organisation that already is a supplier is not added twice; the
// page just opens.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { openNamedDialog } from '../components/dialog.js';
import { orgnrLookup } from '../components/orgnr-lookup.js';
import { lookupErrorMessage } from '../components/lookup-error.js';
import { changed } from '../practice-settings.js';
import { openTermsDialog } from '../drift/terms-dialog.js';
import { button } from '../components/button.js';

export function openAddSupplierDialog(context) {
  const d = t.addSupplierDialog;
  const { body, close } = openNamedDialog({ heading: d.heading, closeLabel: d.close });
  const submit = button(d.submit, { type: 'submit', disabled: true });
  const submitError = h('div', { class: 'submit-error', 'aria-live': 'assertive' });
  const lookup = orgnrLookup({
    ownOrgnr: context.profile.actor.orgnr,
    ownNumberHelp: t.lookup.ownNumberHelpApi,
    onChange: (found) => {
      // Change "a3-knapp-deaktivert": the button never comes alive.
      submit.disabled = !found || changed('a3-knapp-deaktivert');
      submitError.replaceChildren();
    },
  });
  const form = h(
    'form',
    { class: 'modal-form', novalidate: true },
    lookup.messages,
    lookup.field,
    lookup.result,
    submitError,
    h('div', { class: 'button-row' }, submit),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const organisation = lookup.found();
    if (!organisation || submit.disabled) return;
    const store = () => api('/maskinporten/suppliers', { method: 'POST', body: { orgnr: organisation.orgnr } });
    const openSupplier = () => context.navigate(paths.supplier(organisation.orgnr));
    if (changed('a3-ekstra-steg')) {
      close();
      openTermsDialog({ store, onStored: openSupplier });
      return;
    }
    setBusy(true);
    try {
      await store();
    } catch (error) {
      setBusy(false);
      submitError.replaceChildren(lookupErrorMessage(error.status));
      return;
    }
    close();
    openSupplier();
  });
  body.append(form);
  lookup.input.focus();

  function setBusy(busy) {
    submit.disabled = busy;
    if (busy) {
      submit.setAttribute('aria-busy', 'true');
      submit.setAttribute('aria-disabled', 'true');
    } else {
      submit.removeAttribute('aria-busy');
      submit.removeAttribute('aria-disabled');
    }
  }
}
