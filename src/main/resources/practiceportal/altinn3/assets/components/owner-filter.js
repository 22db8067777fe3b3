// "Filtrer på tjenesteeier": a button that opens a small popover with one checkbox per owner.

import { h, uid } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';

export function ownerFilter({ onChange }) {
  const panelId = uid('owner-filter');
  const chosen = new Set();
  const count = h('span', { class: 'filter-count', 'aria-hidden': 'true' });
  const button = h(
    'button',
    { type: 'button', class: 'button button-select', 'aria-expanded': 'false', 'aria-controls': panelId },
    t.supplier.filterOwner,
    count,
    icon('up-down'),
  );
  const options = h('div', { class: 'filter-options' });
  const panel = h(
    'div',
    { id: panelId, class: 'popover', hidden: true },
    h('fieldset', {}, h('legend', { class: 'filter-legend' }, t.supplier.filterLegend), options),
  );
  const element = h('div', { class: 'filter' }, button, panel);

  const setOpen = (open) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => setOpen(panel.hidden));
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.stopPropagation();
      event.preventDefault();
      setOpen(false);
      button.focus();
    }
  });
  const closeOnOutsideClick = (event) => {
    if (!element.isConnected) {
      document.removeEventListener('click', closeOnOutsideClick);
    } else if (!element.contains(event.target)) {
      setOpen(false);
    }
  };
  document.addEventListener('click', closeOnOutsideClick);

  function setOwners(owners) {
    const known = new Set(owners.map((o) => o.orgnr));
    for (const orgnr of [...chosen]) if (!known.has(orgnr)) chosen.delete(orgnr);
    options.replaceChildren(
      ...owners.map((owner) => {
        const box = h('input', { type: 'checkbox', value: owner.orgnr, checked: chosen.has(owner.orgnr) });
        box.addEventListener('change', () => {
          if (box.checked) chosen.add(owner.orgnr);
          else chosen.delete(owner.orgnr);
          count.textContent = chosen.size ? ` (${chosen.size})` : '';
          onChange();
        });
        return h('label', { class: 'checkbox' }, box, owner.name);
      }),
    );
    count.textContent = chosen.size ? ` (${chosen.size})` : '';
  }

  /** True when the API's owner passes the filter (no owner chosen lets everything through). */
  function accepts(api) {
    return chosen.size === 0 || chosen.has(api.owner.orgnr);
  }

  return { element, setOwners, accepts, selected: () => [...chosen] };
}

/** The distinct owners of some APIs, by name. */
export function ownersOf(apis) {
  const byOrgnr = new Map();
  for (const api of apis) byOrgnr.set(api.owner.orgnr, api.owner);
  return [...byOrgnr.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
