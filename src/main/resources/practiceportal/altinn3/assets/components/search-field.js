// A search field as Designsystemet draws it: magnifier, native type=search named by its label,
// and (when given a name) a clear button that only appears once something is typed.

import { h } from '../dom.js';
import { icon } from '../icons.js';

export function searchField({ label, clearLabel, onInput, size = 'md' }) {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    'aria-label': label,
    placeholder: label,
    autocomplete: 'off',
  });
  const wrapper = h('div', { class: `search-field search-field-${size}` }, icon('search', 'search-icon'), input);
  let clear = null;
  if (clearLabel) {
    clear = h('button', { type: 'button', class: 'search-clear', hidden: true }, icon('x'), h('span', { class: 'search-clear-text' }, clearLabel));
    clear.addEventListener('click', () => {
      input.value = '';
      clear.hidden = true;
      input.focus();
      onInput('');
    });
    wrapper.append(clear);
  }
  input.addEventListener('input', () => {
    if (clear) clear.hidden = input.value === '';
    onInput(input.value);
  });
  return { element: wrapper, input };
}
