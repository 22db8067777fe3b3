// Change "a3-steg-fjernet": no "Gi fullmakt" button and no dialog any more. The API search sits
// on the supplier's page itself, under the APIs given; an API given here moves up into that list.

import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { t } from '../texts.js';
import { apiRow } from '../components/api-row.js';
import { searchField } from '../components/search-field.js';
import { loadingBlock } from '../components/spinner.js';
import { showToast } from '../components/toast.js';
import { changed } from '../practice-settings.js';
import { keepRedrawing } from '../faults/redraw.js';
import { confirmGive } from './confirm-give-dialog.js';
import { driftTexts } from './texts.js';

const SEARCH_DEBOUNCE_MS = 250;

/**
 * @param isGiven whether the supplier has an API (by identifier) now
 * @param onGiven receives the supplier's view after a delegation was stored
 */
export function inlineApiSearch({ supplier, isGiven, onGiven }) {
  const headingId = uid('inline-api-search');
  const hits = h('p', { class: 'hit-count', 'aria-live': 'polite' });
  const results = h('div', { class: 'api-list-slot' }, loadingBlock());
  let found = [];
  let searching = true;
  let generation = 0;
  let timer;

  const search = searchField({
    label: t.supplier.searchApi,
    clearLabel: t.giveDialog.clearSearch,
    size: 'sm',
    onInput: (value) => {
      clearTimeout(timer);
      timer = setTimeout(() => runSearch(value), value === '' ? 0 : SEARCH_DEBOUNCE_MS);
    },
  });
  const element = h(
    'section',
    { class: 'inline-api-search', 'aria-labelledby': headingId },
    h('h2', { id: headingId, class: 'section-heading' }, driftTexts.inlineSearchHeading),
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
    results.replaceChildren(loadingBlock());
    try {
      const data = await api(`/maskinporten/apis?search=${encodeURIComponent(query.trim())}`);
      if (mine !== generation || !element.isConnected) return;
      found = data;
      searching = false;
      renderResults();
      keepRedrawing(results, () => searching || renderResults());
    } catch (e) {
      if (mine !== generation) return;
      results.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError));
    }
  }

  /** The APIs found that the supplier does not have yet. */
  function renderResults() {
    const shown = found.filter((a) => !isGiven(a.identifier));
    hits.textContent = t.giveDialog.hits(shown.length);
    results.replaceChildren(h('ul', { class: 'api-list' }, shown.map((a) => apiRow(a, { given: false, onGive: give }))));
  }

  async function give(apiResource) {
    if (changed('a3-ny-bekreftelse') && !(await confirmGive(supplier.name, apiResource.title))) return false;
    let view;
    try {
      view = await api(`/maskinporten/suppliers/${encodeURIComponent(supplier.orgnr)}/apis`, {
        method: 'POST',
        body: { identifier: apiResource.identifier },
      });
    } catch (e) {
      showToast(t.genericError);
      return false;
    }
    onGiven(view);
    renderResults();
    showToast(t.giveDialog.givenToast(supplier.name, apiResource.title));
    return true;
  }

  return { element, refresh: () => searching || renderResults() };
}
