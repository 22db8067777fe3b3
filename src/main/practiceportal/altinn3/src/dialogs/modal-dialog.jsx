// Altinn's dialogs are Designsystemet's native <dialog> (DsDialog): the close button comes first
// (named as the view says; Designsystemet's own name is "Lukk dialogvindu"), Escape closes it.
// Only a dialog told to be named is labelled by its heading; Altinn leaves several dialogs
// unnamed even though they have one. The practice portal's views fill the body with their own
// elements, so the body is handed back.

import { DsDialog, DsHeading } from '@altinn/altinn-components';
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { reactHost } from '../draw.jsx';

const WIDTHS = { sm: '32.5rem', md: '40rem', lg: '60rem' };
let opened = 0;

/**
 * Opens a modal dialog; it leaves the page when it closes, so every opening starts fresh.
 *
 * @param closeLabel the close button's name, or false for a dialog without one
 * @param heading the heading's text, or nothing for a dialog without a heading
 * @param level the heading's level (1 or 2)
 * @param named whether the heading names the dialog
 * @param description an aria-description, or nothing
 * @param size "sm", "md" or "lg"
 * @param onClosed called after the dialog has closed and left the page
 * @returns the dialog element and the body element to fill
 */
export function openModalDialog({ closeLabel, heading, level = 2, named = false, description, size = 'md', onClosed }) {
  const { host, draw, unmount } = reactHost();
  document.body.append(host);
  const parts = {};
  const closed = () => {
    host.remove();
    queueMicrotask(unmount);
    if (onClosed) onClosed();
  };
  opened += 1;
  const headingId = `dialog-heading-${opened}`;
  draw(
      <DsDialog
        ref={(element) => element && (parts.dialog = element)}
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
        <div ref={(element) => element && (parts.body = element)} />
      </DsDialog>,
  );
  parts.dialog.showModal();
  return { dialog: parts.dialog, body: parts.body, close: () => parts.dialog.close() };
}

/**
 * The same dialog as a component: open (modal) while it is drawn, in the page's body outside the
 * app's tree, as the library's dialogs are. {@code onClose} is called once it has closed; the
 * view then stops drawing it. Its children are the body.
 */
export function ModalDialog({ closeLabel, heading, level = 2, named = false, description, size = 'md', onClose, children }) {
  const dialog = useRef(null);
  const [headingId] = useState(() => `dialog-heading-${(opened += 1)}`);
  useLayoutEffect(() => {
    dialog.current.showModal();
  }, []);
  // Told it is open: the library's dialog otherwise closes itself in an effect once drawn, after
  // the showModal() above (its own showModal() then finds it open already and does nothing).
  return createPortal(
    <div style={{ display: 'contents' }}>
      <DsDialog
        ref={dialog}
        open
        closeButton={closeLabel}
        aria-labelledby={heading && named ? headingId : undefined}
        aria-description={description}
        style={{ '--dsc-dialog-max-width': WIDTHS[size] }}
        onClose={onClose}
      >
        {heading && (
          <DsHeading level={level} data-size={level === 1 ? 'md' : 'sm'} id={named ? headingId : undefined}>
            {heading}
          </DsHeading>
        )}
        <div>{children}</div>
      </DsDialog>
    </div>,
    document.body,
  );
}
