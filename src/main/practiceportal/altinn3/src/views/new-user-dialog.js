// "Ny bruker" → "Legg til ny person eller virksomhet" with the tabs "Person" and "Virksomhet".

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { openNamedDialog } from '../components/dialog.js';
import { orgnrLookup } from '../components/orgnr-lookup.js';
import { lookupErrorMessage } from '../components/lookup-error.js';
import { spinner } from '../components/spinner.js';
import { tabs } from '../components/tabs.js';
import { button } from '../components/button.js';
import { textField } from '../components/text-field.js';

export function openNewUserDialog(context) {
  const u = t.users;
  const modal = openNamedDialog({ heading: u.newUserHeading, closeLabel: t.addSupplierDialog.close });
  const tabBar = tabs({
    items: [
      { id: 'person', label: u.personTab, icon: 'person', render: personForm },
      { id: 'organisation', label: u.organisationTab, icon: 'building', render: organisationForm },
    ],
    onSelect: (item, panel) => {
      panel.replaceChildren();
      item.render(panel);
    },
  });
  modal.body.append(tabBar.element);
  tabBar.select(0, { focus: true });

  async function add(body, busy, onError) {
    busy.replaceChildren(spinner('sm'));
    try {
      const { id } = await api('/users', { method: 'POST', body });
      modal.close();
      context.navigate(paths.user(id));
    } catch (error) {
      busy.replaceChildren();
      onError(error);
    }
  }

  function organisationForm(panel) {
    const submit = button(t.addSupplierDialog.submit, { type: 'submit', disabled: true });
    const busy = h('span', { class: 'button-busy' });
    const error = h('div', { class: 'submit-error', 'aria-live': 'assertive' });
    const lookup = orgnrLookup({
      ownOrgnr: context.profile.actor.orgnr,
      ownNumberHelp: t.lookup.ownNumberHelpUser,
      onChange: (found) => {
        submit.disabled = !found;
        error.replaceChildren();
      },
    });
    const form = h(
      'form',
      { class: 'modal-form', novalidate: true },
      lookup.messages,
      lookup.field,
      lookup.result,
      error,
      h('div', { class: 'button-row' }, submit, busy),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const organisation = lookup.found();
      if (!organisation || submit.disabled) return;
      submit.disabled = true;
      add({ orgnr: organisation.orgnr }, busy, (e) => {
        submit.disabled = false;
        error.replaceChildren(lookupErrorMessage(e.status));
      });
    });
    panel.append(form);
  }

  function personForm(panel) {
    const pid = textField(u.pidLabel, { idPrefix: 'pid', inputMode: 'numeric' });
    const lastName = textField(u.lastNameLabel, { idPrefix: 'last-name' });
    const submit = button(u.addPerson, { type: 'submit' });
    const busy = h('span', { class: 'button-busy' });
    const error = h('div', { class: 'submit-error' });
    const form = h(
      'form',
      { class: 'modal-form', novalidate: true },
      pid.element,
      lastName.element,
      error,
      h('div', { class: 'button-row' }, submit, busy),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit.disabled = true;
      error.replaceChildren();
      add({ pid: pid.input.value.replace(/\s/g, ''), lastName: lastName.input.value }, busy, (e) => {
        submit.disabled = false;
        const text = e.code === 'SPERRET' ? t.lookup.lockedOut : e.code === 'UKJENT_PERSON' ? u.unknownPerson : t.genericError;
        error.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, text));
      });
    });
    panel.append(form);
  }
}
