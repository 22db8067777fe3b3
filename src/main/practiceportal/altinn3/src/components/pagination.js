// Page buttons under a long result list: "Side 1", "Side 2", … (the current one
// aria-current="true"), with previous and next buttons, in a navigation.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';

export function pagination({ page, pages, onPage }) {
  const d = t.giveDialog;
  const go = (target) => {
    const button = h(
      'button',
      { type: 'button', class: 'page-button', 'aria-label': d.page(target), 'aria-current': target === page ? 'true' : null },
      String(target),
    );
    button.addEventListener('click', () => onPage(target));
    return h('li', {}, button);
  };
  const step = (label, iconName, target, disabled) => {
    const button = h('button', { type: 'button', class: 'page-button page-step', 'aria-label': label, disabled }, icon(iconName));
    button.addEventListener('click', () => onPage(target));
    return h('li', {}, button);
  };
  return h(
    'nav',
    { class: 'pagination' },
    h(
      'ul',
      {},
      step(d.previousPage, 'chevron-left', page - 1, page <= 1),
      Array.from({ length: pages }, (_, i) => go(i + 1)),
      step(d.nextPage, 'chevron-right', page + 1, page >= pages),
    ),
  );
}
