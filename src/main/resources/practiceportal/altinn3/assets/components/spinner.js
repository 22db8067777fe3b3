import { h } from '../dom.js';
import { t } from '../texts.js';

/** Designsystemet's spinner, an image named "Laster". */
export function spinner(size = 'md', name = t.spinner) {
  return h('span', { class: `spinner spinner-${size}`, role: 'img', 'aria-label': name });
}

/** A spinner alone on a line, where a list or a page will appear. */
export function loadingBlock() {
  return h('div', { class: 'loading-block' }, spinner('lg'));
}
