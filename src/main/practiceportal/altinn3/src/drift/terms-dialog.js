// Change "a3-ekstra-steg": the dialog "Vilkår for leverandører" (TermsDialog in terms-dialog.jsx)
// opened from page code, for the add-supplier dialog while it is not yet a component. It leaves the
// page when it closes.

import { createElement } from 'react';
import { reactHost } from '../draw.jsx';
import { TermsDialog } from './terms-dialog.jsx';

/**
 * @param store stores the supplier; resolves when it is stored, rejects when it failed
 * @param onStored called after the dialog has closed
 */
export function openTermsDialog({ store, onStored }) {
  const { draw, unmount } = reactHost();
  draw(createElement(TermsDialog, { store, onStored, onClose: () => queueMicrotask(unmount) }));
}
