// Change "a3-ny-bekreftelse": "Gi fullmakt for <API>" first asks in a dialog of its own. Only
// "Bekreft" lets the delegation be stored; "Avbryt" or Escape stores nothing.

import { h, uid } from '../dom.js';
import { driftTexts } from './texts.js';

/** Resolves true when the person confirms. */
export function confirmGive(supplierName, apiTitle) {
  return new Promise((resolve) => {
    let confirmed = false;
    const headingId = uid('confirm-give');
    const confirm = h('button', { type: 'button', class: 'button button-primary' }, driftTexts.confirm);
    const cancel = h('button', { type: 'button', class: 'button button-secondary' }, driftTexts.cancel);
    const dialog = h(
      'dialog',
      { class: 'modal modal-sm', 'aria-labelledby': headingId },
      h('div', { class: 'modal-header' }, h('h2', { id: headingId, class: 'modal-heading' }, driftTexts.confirmGiveHeading)),
      h(
        'div',
        { class: 'modal-body' },
        h('p', {}, driftTexts.confirmGiveText(supplierName, apiTitle)),
        h('div', { class: 'button-row' }, confirm, cancel),
      ),
    );
    confirm.addEventListener('click', () => {
      confirmed = true;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(confirmed);
    });
    document.body.append(dialog);
    dialog.showModal();
    confirm.focus();
  });
}
