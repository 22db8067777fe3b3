// The practice portal only, fault "sentSpinnerMs": right after each render a spinner "Laster inn"
// on a pale cover lies over the whole page for a while and takes the clicks, as when the real app
// refetches something late.

import { h } from '../dom.js';
import { spinner } from '../components/spinner.js';
import { t } from '../texts.js';
import { lateSpinnerMillis } from '../practice-settings.js';

let cover = null;
let timer = null;

/** Covers the page as soon as what was just rendered is on screen. Off without the fault. */
export function coverAfterRender() {
  if (!lateSpinnerMillis) return;
  setTimeout(coverNow, 0);
}

function coverNow() {
  if (!cover) cover = h('div', { class: 'practice-cover' }, spinner('lg', t.loading));
  if (!cover.isConnected) document.body.append(cover);
  clearTimeout(timer);
  timer = setTimeout(() => cover.remove(), lateSpinnerMillis);
}
