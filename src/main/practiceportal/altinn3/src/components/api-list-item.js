// APIs in a list, drawn by Altinn's component library (ResourceListItem): each row a button named
// "<title> N scopes" that opens the details, and beside it the action button whose visible text is
// "Gi fullmakt" or "Slett fullmakt" and whose name ends with the title.

import { t } from '../texts.js';
import { icon } from '../icons.js';
import { apiList as drawApiList, apiListLoading } from '../components.jsx';

/**
 * @param titleAs "h3" in the give dialog (the title is a heading inside the button), else "span"
 * @param actionOf an API's action, from apiAction(), or null for none
 */
export function apiList(apis, { titleAs = 'span', onOpen, actionOf = () => null }) {
  return drawApiList({ apis, titleAs, scopesLine: t.supplier.scopes, onOpen, actionOf });
}

/** "Gi fullmakt for <title>" or "Slett fullmakt for <title>", by what the supplier has now. */
export function apiAction(apiResource, { given, disabled = false, onClick }) {
  return {
    icon: icon(given ? 'circle-minus' : 'circle-plus'),
    name: given ? t.supplier.removeFor(apiResource.title) : t.supplier.giveFor(apiResource.title),
    text: given ? t.supplier.remove : t.supplier.give,
    disabled,
    onClick,
  };
}

/** Rows standing in while APIs load: placeholder text only, no buttons. */
export function apiRowsLoading(count) {
  return apiListLoading({ count, placeholder: t.skeletonApi });
}

/** The action button of an API's row in this part of the page, if it is there. */
export function actionButton(container, identifier) {
  return container.querySelector(`button[data-identifier="${CSS.escape(identifier)}"]`);
}

/** The button that opens an API's row in this part of the page (the row's first), if it is there. */
export function openButton(container, identifier) {
  const action = actionButton(container, identifier);
  const row = action ? action.closest('li') : null;
  return row ? row.querySelector('button') : null;
}

/** A button is busy while its change runs: aria-busy, and disabled. */
export function setBusy(button, busy) {
  button.disabled = busy;
  if (busy) button.setAttribute('aria-busy', 'true');
  else button.removeAttribute('aria-busy');
}
