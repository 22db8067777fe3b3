import { h } from '../dom.js';
import { t } from '../texts.js';
import { spinnerImage } from '../components.jsx';

/** Designsystemet's spinner, drawn by the component library: an image named "Laster". */
export function spinner(size = 'md', name = t.spinner) {
  return spinnerImage({ name, size });
}

/** A spinner alone on a line, where a list or a page will appear. */
export function loadingBlock() {
  return h('div', { class: 'loading-block' }, spinner('lg'));
}
