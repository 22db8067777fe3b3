// "Gi fullmakt": search the API catalogue and give or withdraw APIs for one supplier. The page
// reloads its list when the dialog closes.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { apiRow } from '../components/api-row.js';
import { openModal } from '../components/modal.js';
import { ownerFilter, ownersOf } from '../components/owner-filter.js';
import { searchField } from '../components/search-field.js';
import { loadingBlock } from '../components/spinner.js';
import { showToast } from '../components/toast.js';
import { changed } from '../practice-settings.js';
import { confirmGive } from '../drift/confirm-give-dialog.js';
import { keepRedrawing } from '../faults/redraw.js';

const SEARCH_DEBOUNCE_MS = 250;

export function openGiveApiDialog({ supplier, given, onClose }) {
  const d = t.giveDialog;
  const s = t.supplier;
  const givenIds = new Set(given);
  const modal = openModal({ heading: d.heading(supplier.name), closeLabel: d.close, size: 'lg', onClose });
  const hits = h('p', { class: 'hit-count', 'aria-live': 'polite' });
  const results = h('div', { class: 'api-list-slot' }, loadingBlock());
  let found = [];
  let searching = true;
  let generation = 0;
  let timer;

  const search = searchField({
    label: s.searchApi,
    clearLabel: d.clearSearch,
    size: 'sm',
    onInput: (value) => {
      clearTimeout(timer);
      timer = setTimeout(() => runSearch(value), value === '' ? 0 : SEARCH_DEBOUNCE_MS);
    },
  });
  const filter = ownerFilter({ onChange: () => renderResults() });
  modal.body.append(h('div', { class: 'toolbar toolbar-left' }, search.element, filter.element), hits, results);
  search.input.focus();
  runSearch('');

  async function runSearch(query) {
    generation += 1;
    const mine = generation;
    searching = true;
    hits.textContent = '';
    results.replaceChildren(loadingBlock());
    try {
      const data = await api(`/maskinporten/apis?search=${encodeURIComponent(query.trim())}`);
      if (mine !== generation || !modal.dialog.isConnected) return;
      found = data;
      filter.setOwners(ownersOf(found));
      searching = false;
      renderResults();
      keepRedrawing(results, () => searching || renderResults());
    } catch (e) {
      if (mine !== generation) return;
      results.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError));
    }
  }

  function renderResults() {
    const shown = found.filter((a) => filter.accepts(a));
    hits.textContent = d.hits(shown.length);
    results.replaceChildren(
      h('ul', { class: 'api-list' }, shown.map((a) => apiRow(a, { given: givenIds.has(a.identifier), onGive: give, onRemove: remove }))),
    );
  }

  const base = `/maskinporten/suppliers/${encodeURIComponent(supplier.orgnr)}/apis`;

  async function give(apiResource) {
    if (changed('a3-ny-bekreftelse') && !(await confirmGive(supplier.name, apiResource.title))) return false;
    try {
      await api(base, { method: 'POST', body: { identifier: apiResource.identifier } });
    } catch (e) {
      showToast(t.genericError);
      return false;
    }
    givenIds.add(apiResource.identifier);
    showToast(d.givenToast(supplier.name, apiResource.title));
    return true;
  }

  async function remove(apiResource) {
    try {
      await api(`${base}/${encodeURIComponent(apiResource.identifier)}`, { method: 'DELETE' });
    } catch (e) {
      showToast(t.genericError);
      return false;
    }
    givenIds.delete(apiResource.identifier);
    showToast(s.removedToast(supplier.name, apiResource.title));
    return true;
  }
}
