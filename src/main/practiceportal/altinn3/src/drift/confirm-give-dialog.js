// Change "a3-ny-bekreftelse": "Gi fullmakt for <API>" first asks in a dialog of its own, named by
// its heading and without a close button. Only "Bekreft" lets the delegation be stored; "Avbryt"
// or Escape stores nothing.

import { h } from '../dom.js';
import { openDialog } from '../components/dialog.js';
import { driftTexts } from './texts.js';
import { button } from '../components/button.js';

/** Resolves true when the person confirms. */
export function confirmGive(supplierName, apiTitle) {
  return new Promise((resolve) => {
    let confirmed = false;
    const { body, close } = openDialog({
      closeLabel: false,
      heading: driftTexts.confirmGiveHeading,
      named: true,
      size: 'sm',
      onClose: () => resolve(confirmed),
    });
    const confirm = button(driftTexts.confirm);
    const cancel = button(driftTexts.cancel, { look: 'secondary' });
    confirm.addEventListener('click', () => {
      confirmed = true;
      close();
    });
    cancel.addEventListener('click', close);
    body.append(h('p', {}, driftTexts.confirmGiveText(supplierName, apiTitle)), h('div', { class: 'button-row' }, confirm, cancel));
    confirm.focus();
  });
}
