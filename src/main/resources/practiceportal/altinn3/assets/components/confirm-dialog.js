import { h } from '../dom.js';
import { t } from '../texts.js';
import { openModal } from './modal.js';

/** Asks before something that cannot be undone. Resolves true when the user confirms. */
export function confirmDialog({ heading, text, confirmLabel }) {
  return new Promise((resolve) => {
    let confirmed = false;
    const modal = openModal({
      heading,
      closeLabel: t.addSupplierDialog.close,
      size: 'sm',
      onClose: () => resolve(confirmed),
    });
    const confirm = h('button', { type: 'button', class: 'button button-danger' }, confirmLabel);
    const cancel = h('button', { type: 'button', class: 'button button-secondary' }, t.supplier.cancel);
    confirm.addEventListener('click', () => {
      confirmed = true;
      modal.close();
    });
    cancel.addEventListener('click', () => modal.close());
    modal.body.append(h('p', {}, text), h('div', { class: 'button-row' }, confirm, cancel));
    cancel.focus();
  });
}
