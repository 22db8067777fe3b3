// Change "a3-rader-endret": the supplier page shows the APIs given as a table ("API",
// "Tjenesteeier", "Handlinger"). Each row's last cell has a button "Flere valg" that opens a menu
// with the menu item "Slett fullmakt"; there is no "Slett fullmakt for <API>" button any more.

import { h, uid } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { driftTexts } from './texts.js';

export function givenApiTable(apis, { onOpen, onRemove }) {
  return h(
    'table',
    { class: 'api-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, driftTexts.tableApi), h('th', { scope: 'col' }, driftTexts.tableOwner), h('th', { scope: 'col' }, driftTexts.tableActions))),
    h('tbody', {}, apis.map((a) => row(a, onOpen, onRemove))),
  );
}

function row(apiResource, onOpen, onRemove) {
  const open = h('button', { type: 'button', class: 'link-button' }, apiResource.title);
  open.addEventListener('click', () => onOpen(apiResource));
  return h(
    'tr',
    {},
    h('td', {}, open, h('span', { class: 'api-meta' }, ` ${t.supplier.scopes(apiResource.scopes.length)}`)),
    h('td', {}, apiResource.owner.name),
    h('td', {}, moreChoices(apiResource, onRemove)),
  );
}

function moreChoices(apiResource, onRemove) {
  const menuId = uid('row-menu');
  const button = h(
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': driftTexts.moreChoices, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': menuId },
    icon('menu-elipsis'),
  );
  const remove = h('button', { type: 'button', role: 'menuitem', class: 'menu-item', tabindex: '-1' }, t.supplier.remove);
  const menu = h('div', { id: menuId, role: 'menu', class: 'popover row-menu', hidden: true }, remove);
  const setOpen = (open) => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) remove.focus();
  };
  button.addEventListener('click', () => setOpen(menu.hidden));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      setOpen(false);
      button.focus();
    }
  });
  remove.addEventListener('click', () => {
    setOpen(false);
    onRemove(apiResource, button);
  });
  return h('div', { class: 'menu-anchor' }, button, menu);
}
