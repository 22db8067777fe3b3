// A native <dialog> opened with showModal(), labelled by its heading, with a close button. It is
// removed from the page when it closes, so every opening starts fresh.

import { h, uid } from '../dom.js';
import { icon } from '../icons.js';

export function openModal({ heading, closeLabel, size = 'md', onClose }) {
  const headingId = uid('modal-heading');
  const closeButton = h(
    'button',
    { type: 'button', class: 'icon-button modal-close', 'aria-label': closeLabel },
    icon('x'),
  );
  const body = h('div', { class: 'modal-body' });
  const dialog = h(
    'dialog',
    { class: `modal modal-${size}`, 'aria-labelledby': headingId },
    h('div', { class: 'modal-header' }, h('h2', { id: headingId, class: 'modal-heading' }, heading), closeButton),
    body,
  );
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (onClose) onClose(dialog.returnValue);
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, close: (value) => dialog.close(value) };
}
