import { h } from '../dom.js';
import { t } from '../texts.js';

export function spinner(size = 'md') {
  return h('span', { class: `spinner spinner-${size}`, role: 'img', 'aria-label': t.loading });
}

/** A spinner alone on a line, where a list or a page will appear. */
export function loadingBlock() {
  return h('div', { class: 'loading-block' }, spinner('lg'));
}
