// Altinn's dialogs are Designsystemet's native <dialog> (DsDialog): the close button comes first
// (named as the view says; Designsystemet's own name is "Lukk dialogvindu"), Escape closes it.
// Only a dialog told to be named is labelled by its heading; Altinn leaves several dialogs
// unnamed even though they have one.

import { DsDialog, DsHeading } from '@altinn/altinn-components';
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

const WIDTHS = { sm: '32.5rem', md: '40rem', lg: '60rem' };
let opened = 0;

/**
 * A dialog open (modal) while it is drawn, in the page's body outside the
 * app's tree, as the library's dialogs are. {@code onClose} is called once it has closed; the
 * view then stops drawing it. Its children are the body; {@code bodyRef} gets the body element,
 * for a view that keeps a part of its own there.
 */
export function ModalDialog({ closeLabel, heading, level = 2, named = false, description, size = 'md', onClose, bodyRef, children }) {
  const dialog = useRef(null);
  const [headingId] = useState(() => `dialog-heading-${(opened += 1)}`);
  // Open before the views inside it run their effects (one may focus a field). The library's
  // dialog is told it is open too: on mount it otherwise closes itself again. React passes a
  // dialog's close event on to the dialogs around it in the tree (a question over the give
  // dialog): only this dialog's own closing closes it.
  useLayoutEffect(() => {
    dialog.current.showModal();
  }, []);
  const closed = (event) => event.target === dialog.current && onClose && onClose();
  return createPortal(
    <div style={{ display: 'contents' }}>
      <DsDialog
        ref={dialog}
        open
        closeButton={closeLabel}
        aria-labelledby={heading && named ? headingId : undefined}
        aria-description={description}
        style={{ '--dsc-dialog-max-width': WIDTHS[size] }}
        onClose={closed}
      >
        {heading && (
          <DsHeading level={level} data-size={level === 1 ? 'md' : 'sm'} id={named ? headingId : undefined}>
            {heading}
          </DsHeading>
        )}
        <div ref={bodyRef}>{children}</div>
      </DsDialog>
    </div>,
    document.body,
  );
}
