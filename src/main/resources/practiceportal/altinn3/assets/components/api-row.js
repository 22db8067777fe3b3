// One API in a list: a button with the title and scope count that shows the details, and an
// action button ("Gi fullmakt" / "Slett fullmakt") whose accessible name ends with the title.

import { h, hiddenText, uid } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { avatar } from './avatar.js';

export function apiRow(apiResource, { given, onGive, onRemove }) {
  const detailsId = uid('api-details');
  const toggle = h(
    'button',
    { type: 'button', class: 'api-toggle', 'aria-expanded': 'false', 'aria-controls': detailsId },
    avatar(apiResource.owner.name, 'sm'),
    h(
      'span',
      { class: 'api-text' },
      h('span', { class: 'api-title' }, apiResource.title),
      ' ',
      h('span', { class: 'api-meta' }, t.supplier.scopes(apiResource.scopes.length)),
    ),
  );
  const details = h(
    'div',
    { id: detailsId, class: 'api-details', hidden: true },
    h('p', {}, apiResource.description),
    h(
      'dl',
      {},
      h('dt', {}, t.supplier.ownerLabel),
      h('dd', {}, apiResource.owner.name),
      h('dt', {}, t.supplier.rightLabel),
      h('dd', {}, apiResource.rightDescription),
      h('dt', {}, t.supplier.scopesLabel),
      h('dd', {}, h('ul', { class: 'scope-list' }, apiResource.scopes.map((s) => h('li', {}, h('code', {}, s))))),
    ),
  );
  toggle.addEventListener('click', () => {
    const open = details.hidden;
    details.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });

  const actionSlot = h('div', { class: 'api-action-slot' });
  const row = h('li', { class: 'api-row' }, h('div', { class: 'api-row-head' }, toggle, actionSlot), details);

  function render(isGiven, focus) {
    row.classList.toggle('api-row-given', isGiven && Boolean(onGive));
    const action = isGiven
      ? h(
          'button',
          { type: 'button', class: 'button button-tertiary api-action' },
          icon('circle-minus'),
          t.supplier.remove,
          hiddenText(t.supplier.forApi(apiResource.title)),
        )
      : h(
          'button',
          { type: 'button', class: 'button button-tertiary api-action' },
          icon('circle-plus'),
          t.supplier.give,
          hiddenText(t.supplier.forApi(apiResource.title)),
        );
    action.addEventListener('click', async () => {
      action.disabled = true;
      action.setAttribute('aria-busy', 'true');
      const ok = await (isGiven ? onRemove(apiResource) : onGive(apiResource));
      if (!row.isConnected) return;
      if (ok) {
        render(!isGiven, true);
      } else {
        action.disabled = false;
        action.removeAttribute('aria-busy');
      }
    });
    actionSlot.replaceChildren(action);
    if (focus) action.focus();
  }

  render(given, false);
  return row;
}
