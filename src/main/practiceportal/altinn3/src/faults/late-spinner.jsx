// The practice portal only, fault "sentSpinnerMs": right after each render a spinner "Laster inn"
// on a pale cover lies over the whole page for a while and takes the clicks, as when the real app
// refetches something late. The cover is its own layer at the end of the page's body.

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { t } from '../texts.js';
import { lateSpinnerMillis } from '../practice-settings.js';
import { Spinner } from '../messages/spinner.jsx';

let cover = null;
let timer = null;

/** Covers the page as soon as what was just rendered is on screen. Off without the fault. */
export function coverAfterRender() {
  if (!lateSpinnerMillis) return;
  setTimeout(coverNow, 0);
}

function coverNow() {
  if (!cover) {
    cover = document.createElement('div');
    cover.className = 'practice-cover';
    flushSync(() => createRoot(cover).render(<Spinner name={t.loading} size="lg" />));
  }
  if (!cover.isConnected) document.body.append(cover);
  clearTimeout(timer);
  timer = setTimeout(() => cover.remove(), lateSpinnerMillis);
}
