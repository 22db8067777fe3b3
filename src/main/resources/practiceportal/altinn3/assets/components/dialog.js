// A native <dialog> opened with showModal(), as Designsystemet's: the close button comes first,
// Escape closes it, and it is removed from the page when it closes, so every opening starts
// fresh. Only a dialog given a heading id is named; Altinn leaves several dialogs unnamed.

import { h, uid } from '../dom.js';
import { icon } from '../icons.js';

/**
 * @param closeLabel the close button's name ("Lukk dialogvindu" or "Lukk")
 * @param labelledBy the id of the heading that names the dialog, or nothing for an unnamed one
 * @param description an aria-description, or nothing
 */
export function openDialog({ closeLabel, labelledBy, description, size = 'md', onClose }) {
  const closeButton = h('button', { type: 'button', class: 'icon-button dialog-close', 'aria-label': closeLabel }, icon('x'));
  const dialog = h(
    'dialog',
    { class: `modal modal-${size}`, 'aria-labelledby': labelledBy, 'aria-description': description },
    closeButton,
  );
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (onClose) onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, closeButton, close: () => dialog.close() };
}

/** A dialog named by its heading: the close button, the heading, and a body to fill. */
export function openNamedDialog({ heading, level = 'h2', closeLabel, description, size, onClose }) {
  const headingId = uid('dialog-heading');
  const opened = openDialog({ closeLabel, labelledBy: headingId, description, size, onClose });
  const body = h('div', { class: 'modal-body' });
  opened.dialog.append(h('div', { class: 'modal-header' }, h(level, { id: headingId, class: 'modal-heading' }, heading)), body);
  return { ...opened, body };
}
