// Tabs as Designsystemet draws them: an unnamed tablist, and every panel in the page from the
// start, the inactive ones hidden. Arrow keys move between tabs.

import { h, uid } from '../dom.js';
import { icon } from '../icons.js';

/** @param items [{id, label, icon}] */
export function tabs({ items, onSelect }) {
  const tablist = h('div', { role: 'tablist', class: 'tabs' });
  const panels = [];
  const buttons = items.map((item) => {
    const tabId = uid('tab');
    const panelId = uid('tabpanel');
    const button = h(
      'button',
      { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'aria-selected': 'false', tabindex: '-1', class: 'tab' },
      item.icon ? icon(item.icon) : null,
      item.label,
    );
    panels.push(h('div', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, class: 'tab-panel', hidden: true }));
    return button;
  });
  tablist.append(...buttons);

  function select(index, { focus = false, fromUser = false } = {}) {
    buttons.forEach((button, i) => {
      const selected = i === index;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    if (focus) buttons[index].focus();
    if (onSelect) onSelect(items[index], panels[index], fromUser);
  }

  buttons.forEach((button, i) => {
    button.addEventListener('click', () => select(i, { fromUser: true }));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        select((i + step + buttons.length) % buttons.length, { focus: true, fromUser: true });
      }
    });
  });

  return {
    element: h('div', { class: 'tabs-container' }, tablist, ...panels),
    panels,
    select,
    indexOf: (id) => items.findIndex((item) => item.id === id),
  };
}
