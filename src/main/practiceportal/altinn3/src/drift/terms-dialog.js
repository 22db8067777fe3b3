// Change "a3-ekstra-steg": after "Legg til virksomhet" comes "Vilkår for leverandører". Only
// "Fortsett", with the box ticked, stores the supplier.

import { h, uid } from '../dom.js';
import { t } from '../texts.js';
import { openNamedDialog } from '../components/dialog.js';
import { lookupErrorMessage } from '../components/lookup-error.js';
import { setBusy } from '../components/api-list-item.js';
import { driftTexts } from './texts.js';
import { button } from '../components/button.js';

/**
 * @param store stores the supplier; resolves when it is stored, rejects when it failed
 * @param onStored called after the dialog has closed
 */
export function openTermsDialog({ store, onStored }) {
  const { body, close } = openNamedDialog({ heading: driftTexts.termsHeading, closeLabel: t.addSupplierDialog.close });
  const boxId = uid('terms');
  const box = h('input', { type: 'checkbox', id: boxId });
  const next = button(driftTexts.termsContinue, { type: 'submit', disabled: true });
  const error = h('div', { class: 'submit-error', 'aria-live': 'assertive' });
  box.addEventListener('change', () => {
    next.disabled = !box.checked;
  });
  const form = h(
    'form',
    { class: 'modal-form', novalidate: true },
    h('label', { class: 'checkbox', for: boxId }, box, driftTexts.termsCheckbox),
    error,
    h('div', { class: 'button-row' }, next),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!box.checked || next.disabled) return;
    setBusy(next, true);
    error.replaceChildren();
    try {
      await store();
    } catch (e) {
      setBusy(next, false);
      error.replaceChildren(lookupErrorMessage(e.status));
      return;
    }
    close();
    onStored();
  });
  body.append(form);
  box.focus();
}
