// The supplier page's section "Fullmakt til N API". Its list is a read of its own: until the first
// answer the heading says "Fullmakt til 0 API" over a skeleton, as Altinn's does; later reads keep
// the old list on screen until the new one arrives. "Slett fullmakt for <API>" withdraws at once,
// without asking, and reads the list again.

import { h, replaceChildren } from '../dom.js';
import { t } from '../texts.js';
import { delegations } from '../delegations.js';
import { apiAction, apiList, setBusy } from '../components/api-list-item.js';
import { alertBox } from '../components/alert-box.js';
import { ownerFilter, ownersOf } from '../components/owner-filter.js';
import { searchField } from '../components/search-field.js';
import { skeletonBlock } from '../components/skeleton.js';
import { showSnackbar } from '../components/snackbar.js';
import { openApiDetailsDialog } from './api-details-dialog.js';
import { changed } from '../practice-settings.js';
import { givenApiTable } from '../drift/given-api-table.js';
import { inlineApiSearch } from '../drift/inline-api-search.js';
import { keepRedrawing } from '../faults/redraw.js';
import { button } from '../components/button.js';
import { heading } from '../components/heading.js';

/**
 * @param supplier {orgnr, name} with the name formatted
 * @param onGive opens "Gi fullmakt"
 */
export function givenApisSection({ context, supplier, onGive }) {
  const s = t.supplier;
  const delegation = delegations(supplier.orgnr);
  const countHeading = heading(2, s.count(0), { className: 'section-heading' });
  const body = h('div', { class: 'given-apis' }, skeletonBlock('list'));
  const listSlot = h('div', { class: 'api-list-slot' });
  let apis = null;
  let query = '';

  const search = searchField({
    label: s.searchApi,
    clearLabel: s.clearSearch,
    size: 'sm',
    onInput: (value) => {
      query = value;
      drawList();
    },
  });
  const filter = ownerFilter({ onChange: () => drawList() });
  const giveButton = button(s.give, { icon: 'plus' });
  giveButton.addEventListener('click', () => onGive());
  // Change "a3-steg-fjernet": no "Gi fullmakt" and no dialog; the API search is on the page.
  const inline = changed('a3-steg-fjernet')
    ? inlineApiSearch({ supplier, delegation, isGiven: (id) => (apis || []).some((a) => a.identifier === id), onGiven: () => reload() })
    : null;
  const toolbar = inline
    ? null
    : h('div', { class: 'toolbar' }, h('div', { class: 'toolbar-left' }, search.element, filter.element), giveButton);

  reload();

  function reload() {
    delegation.read().then(
      (list) => {
        if (!context.alive()) return;
        const first = apis === null;
        apis = list;
        countHeading.textContent = s.count(apis.length);
        filter.setOwners(ownersOf(apis));
        if (first || !listSlot.isConnected) {
          replaceChildren(body, toolbar, listSlot, inline ? inline.element : null);
          keepRedrawing(listSlot, drawList);
        }
        drawList();
        if (inline) inline.refresh();
      },
      () => context.alive() && body.replaceChildren(alertBox('danger', h('p', {}, s.loadError))),
    );
  }

  function matches(apiResource) {
    const q = query.trim().toLocaleLowerCase('nb');
    const text = `${apiResource.title}\n${apiResource.owner.name}`.toLocaleLowerCase('nb');
    return filter.accepts(apiResource) && (!q || text.includes(q));
  }

  function drawList() {
    if (apis.length === 0) {
      listSlot.replaceChildren(h('p', { class: 'empty-text' }, s.empty));
      return;
    }
    const shown = apis.filter(matches);
    if (shown.length === 0) {
      listSlot.replaceChildren(h('p', { class: 'empty-text' }, s.noHits(query)));
      return;
    }
    // Change "a3-rader-endret": a table with a menu per row instead of the list.
    const rows = changed('a3-rader-endret')
      ? givenApiTable(shown, { onOpen: openDetails, onRemove: remove })
      : apiList(shown, { onOpen: openDetails, actionOf: removeAction });
    listSlot.replaceChildren(rows);
  }

  function removeAction(apiResource) {
    return apiAction(apiResource, { given: true, onClick: (button) => remove(apiResource, button) });
  }

  async function remove(apiResource, button) {
    setBusy(button, true);
    try {
      await delegation.remove(apiResource.identifier);
    } catch (error) {
      setBusy(button, false);
      showSnackbar(s.removeFailed(apiResource.title), 'danger');
      return;
    }
    showSnackbar(s.removed(apiResource.title, supplier.name));
    reload();
  }

  function openDetails(apiResource) {
    openApiDetailsDialog({ apiResource, supplierName: supplier.name, delegation, onChanged: reload });
  }

  return { element: h('section', { class: 'given-apis-section' }, countHeading, body), reload };
}
