// One service ("enkelttjeneste") in a list: title and owner, and "Gi fullmakt" / "Slett fullmakt"
// whose accessible name ends with the title.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { avatar } from './avatar.js';

export function serviceRow(service, { given, onGive, onRemove }) {
  const actionSlot = h('div', { class: 'api-action-slot' });
  const row = h(
    'li',
    { class: 'api-row' },
    h(
      'div',
      { class: 'api-row-head' },
      h(
        'div',
        { class: 'api-toggle' },
        avatar(service.owner.name, 'sm'),
        h(
          'span',
          { class: 'api-text' },
          h('span', { class: 'api-title' }, service.title),
          h('span', { class: 'api-meta' }, service.expired ? `${service.owner.name} – ${t.users.expired}` : service.owner.name),
        ),
      ),
      actionSlot,
    ),
  );

  function render(isGiven, focus) {
    row.classList.toggle('api-row-given', isGiven && Boolean(onGive));
    const action = h(
      'button',
      {
        type: 'button',
        class: 'button button-tertiary api-action',
        'aria-label': isGiven ? t.supplier.removeFor(service.title) : t.supplier.giveFor(service.title),
      },
      icon(isGiven ? 'circle-minus' : 'circle-plus'),
      isGiven ? t.supplier.remove : t.supplier.give,
    );
    action.addEventListener('click', async () => {
      action.disabled = true;
      const ok = await (isGiven ? onRemove(service) : onGive(service));
      if (!row.isConnected) return;
      if (ok) render(!isGiven, true);
      else action.disabled = false;
    });
    actionSlot.replaceChildren(action);
    if (focus) action.focus();
  }

  render(given, false);
  return row;
}
