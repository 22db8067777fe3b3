// The action beside an API in a list, as Altinn draws it: visible text "Gi fullmakt" or "Slett
// fullmakt", named "Gi fullmakt for <title>" or "Slett fullmakt for <title>" by what the supplier
// has now. While its change runs it is busy: aria-busy, and disabled.

import { icon } from '../icons.js';
import { t } from '../texts.js';

/** The ActionButton's properties for an API's row. */
export function apiAction(apiResource, { given, disabled = false, busy = false, onClick }) {
  return {
    icon: icon(given ? 'circle-minus' : 'circle-plus'),
    name: given ? t.supplier.removeFor(apiResource.title) : t.supplier.giveFor(apiResource.title),
    text: given ? t.supplier.remove : t.supplier.give,
    disabled: disabled || busy,
    'aria-busy': busy ? 'true' : undefined,
    onClick,
  };
}
