// Altinn's modal dialog, drawn by the component library (Designsystemet's native <dialog>): the
// close button comes first, Escape closes it, and it leaves the page when it closes, so every
// opening starts fresh. Only a dialog said to be named is labelled by its heading; Altinn leaves
// several dialogs unnamed.

import { openModalDialog } from '../components.jsx';

/**
 * @param closeLabel the close button's name ("Lukk dialogvindu" or "Lukk"), or false for none
 * @param heading the heading's text, or nothing
 * @param level the heading's level, 1 or 2
 * @param named whether the heading names the dialog
 * @param description an aria-description, or nothing
 * @returns the dialog, the body to fill, and close()
 */
export function openDialog({ closeLabel, heading, level = 2, named = false, description, size = 'md', onClose }) {
  return openModalDialog({ closeLabel, heading, level, named, description, size, onClosed: onClose });
}

/** A dialog named by its heading. */
export function openNamedDialog(options) {
  return openDialog({ ...options, named: true });
}
