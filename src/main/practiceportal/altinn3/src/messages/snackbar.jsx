// Altinn's snackbar: one SnackbarProvider with its Snackbar for the whole page, outside every
// dialog. Each message is a SnackbarItem (role=alert, a bell, the text and the button "close",
// English in every language) that goes away by itself after three seconds.

import { Snackbar, SnackbarProvider, useSnackbar } from '@altinn/altinn-components';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const VISIBLE_MS = 3000;

let host = null;
let open = null;

function Opener() {
  open = useSnackbar().openSnackbar;
  return null;
}

/** The snackbar's own layer at the end of the page's body, made when the first message comes. */
function ensureSnackbar() {
  if (host && host.isConnected) return;
  host = document.createElement('div');
  host.style.display = 'contents';
  document.body.append(host);
  flushSync(() =>
    createRoot(host).render(
      <SnackbarProvider>
        <Opener />
        <Snackbar />
      </SnackbarProvider>,
    ),
  );
}

/**
 * @param message the text
 * @param colour "success" or "danger"
 */
export function showSnackbarMessage({ message, colour }) {
  ensureSnackbar();
  flushSync(() => open({ message, color: colour, dismissable: true, duration: VISIBLE_MS }));
}
