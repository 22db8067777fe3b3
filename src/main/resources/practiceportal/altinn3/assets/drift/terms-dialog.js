// Change "a3-ekstra-steg": after "Legg til virksomhet" comes "Vilkår for leverandører". Only
// "Fortsett", with the box ticked, stores the supplier.

import { h, uid } from '../dom.js';
import { t } from '../texts.js';
import { openModal } from '../components/modal.js';
import { spinner } from '../components/spinner.js';
import { driftTexts } from './texts.js';

/**
 * @param store stores the supplier; resolves when it is stored, rejects when it failed
 * @param onStored called after the dialog has closed
 */
export function openTermsDialog({ store, onStored }) {
  const modal = openModal({ heading: driftTexts.termsHeading, closeLabel: t.addSupplierDialog.close });
  const boxId = uid('terms');
  const box = h('input', { type: 'checkbox', id: boxId });
  const next = h('button', { type: 'submit', class: 'button button-primary', disabled: true }, driftTexts.termsContinue);
  const busy = h('span', { class: 'button-busy' });
  const error = h('div', { class: 'submit-error' });
  box.addEventListener('change', () => {
    next.disabled = !box.checked;
  });
  const form = h(
    'form',
    { class: 'modal-form', novalidate: true },
    h('label', { class: 'checkbox', for: boxId }, box, driftTexts.termsCheckbox),
    error,
    h('div', { class: 'button-row' }, next, busy),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!box.checked || next.disabled) return;
    next.disabled = true;
    busy.replaceChildren(spinner('sm'));
    error.replaceChildren();
    try {
      await store();
    } catch (e) {
      busy.replaceChildren();
      next.disabled = false;
      error.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError));
      return;
    }
    modal.close();
    onStored();
  });
  modal.body.append(form);
  box.focus();
}
