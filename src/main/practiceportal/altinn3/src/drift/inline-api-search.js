// Change "a3-steg-fjernet": no "Gi fullmakt" button and no dialog any more. The API search sits
// on the supplier's page itself, under the APIs given; an API given here moves up into that list.

import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { t } from '../texts.js';
import { apiAction, apiList, setBusy } from '../components/api-list-item.js';
import { searchField } from '../components/search-field.js';
import { skeletonBlock } from '../components/skeleton.js';
import { showSnackbar } from '../components/snackbar.js';
import { changed } from '../practice-settings.js';
import { openApiDetailsDialog } from '../views/api-details-dialog.js';
import { keepRedrawing } from '../faults/redraw.js';
import { confirmGive } from './confirm-give-dialog.js';
import { driftTexts } from './texts.js';
import { heading } from '../components/heading.js';

const DEBOUNCE_MS = 300;

/**
 * @param isGiven whether the supplier has an API (by identifier) now
 * @param onGiven called after a delegation was stored
 */
export function inlineApiSearch({ supplier, delegation, isGiven, onGiven }) {
  const headingId = uid('inline-api-search');
  const hits = h('p', { class: 'hit-count' });
  const results = h('div', { class: 'api-list-slot' }, skeletonBlock('list'));
  let found = [];
  let searching = true;
  let generation = 0;
  let timer;

  const search = searchField({
    label: t.supplier.searchApi,
    clearLabel: t.supplier.clearSearch,
    size: 'sm',
    onInput: (value) => {
      clearTimeout(timer);
      timer = setTimeout(() => runSearch(value), value === '' ? 0 : DEBOUNCE_MS);
    },
  });
  const element = h(
    'section',
    { class: 'inline-api-search', 'aria-labelledby': headingId },
    heading(2, driftTexts.inlineSearchHeading, { className: 'section-heading', id: headingId }),
    h('div', { class: 'toolbar toolbar-left' }, search.element),
    hits,
    results,
  );
  runSearch('');

  async function runSearch(query) {
    generation += 1;
    const mine = generation;
    searching = true;
    hits.textContent = '';
    results.replaceChildren(skeletonBlock('list'));
    try {
      const data = await api(`/maskinporten/apis?search=${encodeURIComponent(query.trim())}`);
      // The section may not be on the page yet: the supplier's own APIs can answer after this.
      if (mine !== generation) return;
      found = data;
      searching = false;
      draw();
      keepRedrawing(results, () => searching || draw());
    } catch (e) {
      if (mine !== generation) return;
      results.replaceChildren(
        h('div', { role: 'alert', class: 'alert alert-danger' }, h('h2', { class: 'alert-heading' }, t.errors.generalHeading), h('p', {}, t.errors.generalParagraph)),
      );
    }
  }

  /** The APIs found that the supplier does not have yet. */
  function draw() {
    const shown = found.filter((a) => !isGiven(a.identifier));
    hits.textContent = t.giveDialog.hits(shown.length);
    results.replaceChildren(
      apiList(shown, { onOpen: showDetails, actionOf: (a) => apiAction(a, { given: false, onClick: (button) => give(a, button) }) }),
    );
  }

  async function give(apiResource, button) {
    setBusy(button, true);
    if (changed('a3-ny-bekreftelse') && !(await confirmGive(supplier.name, apiResource.title))) {
      setBusy(button, false);
      return;
    }
    try {
      await delegation.give(apiResource.identifier);
    } catch (e) {
      setBusy(button, false);
      showSnackbar(t.details.giveFailed, 'danger');
      return;
    }
    showSnackbar(t.giveDialog.given(supplier.name, apiResource.title));
    onGiven();
  }

  function showDetails(apiResource) {
    openApiDetailsDialog({ apiResource, supplierName: supplier.name, delegation, given: false, onChanged: onGiven });
  }

  return { element, refresh: () => searching || draw() };
}
