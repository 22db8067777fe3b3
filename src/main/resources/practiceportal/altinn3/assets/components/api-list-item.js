// One API in a list, as Altinn's resource list item: a button named "<title> N scopes" that opens
// the details, and beside it the action button whose visible text is "Gi fullmakt" or "Slett
// fullmakt" and whose name ends with the title.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { avatar } from './avatar.js';

/**
 * @param titleAs "h3" in the give dialog (the title is a heading inside the button), else "span"
 * @param action the action button, or null
 */
export function apiListItem(apiResource, { titleAs = 'span', onOpen, action, given = false }) {
  const open = h(
    'button',
    { type: 'button', class: 'api-open', 'data-identifier': apiResource.identifier },
    avatar(apiResource.owner.name, 'sm'),
    h(
      'span',
      { class: 'api-text' },
      h(titleAs, { class: 'api-title' }, apiResource.title),
      ' ',
      h('span', { class: 'api-meta' }, t.supplier.scopes(apiResource.scopes.length)),
    ),
  );
  open.addEventListener('click', () => onOpen(apiResource));
  return h('li', { class: `api-row${given ? ' api-row-given' : ''}` }, h('div', { class: 'api-row-head' }, open, action));
}

/** "Gi fullmakt for <title>" or "Slett fullmakt for <title>", by what the supplier has now. */
export function apiActionButton(apiResource, { given, disabled = false, onClick }) {
  const button = h(
    'button',
    {
      type: 'button',
      id: actionId(apiResource.identifier),
      class: 'button button-tertiary api-action',
      'aria-label': given ? t.supplier.removeFor(apiResource.title) : t.supplier.giveFor(apiResource.title),
      disabled,
    },
    icon(given ? 'circle-minus' : 'circle-plus'),
    given ? t.supplier.remove : t.supplier.give,
  );
  button.addEventListener('click', () => onClick(button));
  return button;
}

export function actionId(identifier) {
  return `api-action-${identifier}`;
}

/** A button is busy while its change runs: aria-busy, and disabled. */
export function setBusy(button, busy) {
  button.disabled = busy;
  if (busy) button.setAttribute('aria-busy', 'true');
  else button.removeAttribute('aria-busy');
}
