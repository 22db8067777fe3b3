// The search view of "Gi fullmakt": the catalogue is searched on the server 300 ms after typing
// stops, seven APIs a page. While a search runs, seven skeleton rows stand in for the results and
// the count line is gone. Each row's action is disabled until the supplier's given APIs are known.

import { api } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../texts.js';
import { actionButton, apiAction, apiList, apiRowsLoading, openButton, setBusy } from '../components/api-list-item.js';
import { ownerFilter } from '../components/owner-filter.js';
import { pagination } from '../components/pagination.js';
import { searchField } from '../components/search-field.js';
import { showSnackbar } from '../components/snackbar.js';
import { changed } from '../practice-settings.js';
import { confirmGive } from '../drift/confirm-give-dialog.js';
import { keepRedrawing } from '../faults/redraw.js';

const PER_PAGE = 7;
const DEBOUNCE_MS = 300;

/**
 * @param given {ids(): Set or null while unknown, refresh(): Promise, mark(identifier, isGiven)}
 * @param onDetails shows the details view for an API: (apiResource, {check, actionFailure})
 */
export function scopeSearch({ supplier, delegation, given, onDetails }) {
  const d = t.giveDialog;
  const s = t.supplier;
  const count = h('p', { class: 'hit-count' });
  const results = h('div', { class: 'api-list-slot' });
  let query = '';
  let page = 1;
  let found = null;
  let searching = false;
  let ownersShown = false;
  let generation = 0;
  let timer;

  const search = searchField({
    label: s.searchApi,
    clearLabel: s.clearSearch,
    size: 'sm',
    onInput: (value) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        query = value.trim();
        run(1);
      }, value === '' ? 0 : DEBOUNCE_MS);
    },
  });
  const filter = ownerFilter({ onChange: () => run(1) });
  const element = h('div', { class: 'scope-search' }, h('div', { class: 'toolbar toolbar-left' }, search.element, filter.element), count, results);
  run(1);

  async function run(wantedPage) {
    generation += 1;
    const mine = generation;
    page = wantedPage;
    searching = true;
    count.hidden = true;
    results.replaceChildren(apiRowsLoading(PER_PAGE));
    const owners = filter.selected().map((o) => `&owner=${encodeURIComponent(o)}`).join('');
    try {
      const answer = await api(`/maskinporten/scopes/search?search=${encodeURIComponent(query)}&page=${page}&resultsPerPage=${PER_PAGE}${owners}`);
      if (mine !== generation) return;
      found = answer;
      if (!ownersShown) filter.setOwners(answer.owners);
      ownersShown = true;
      searching = false;
      draw();
      keepRedrawing(results, () => searching || draw());
    } catch (error) {
      if (mine !== generation) return;
      results.replaceChildren(
        h('div', { role: 'alert', class: 'alert alert-danger' }, h('h2', { class: 'alert-heading' }, t.errors.generalHeading), h('p', {}, t.errors.generalParagraph)),
      );
    }
  }

  function draw() {
    if (!found) return;
    if (found.total === 0) {
      count.hidden = true;
      results.replaceChildren(h('p', { class: 'empty-text' }, query ? d.noHits(query) : d.noScopes));
      return;
    }
    count.hidden = false;
    count.textContent = d.hits(found.total);
    const pages = Math.ceil(found.total / PER_PAGE);
    replaceChildren(
      results,
      apiList(found.results, { titleAs: 'h3', onOpen: (a) => onDetails(a, {}), actionOf: action }),
      pages > 1 ? pagination({ page, pages, onPage: run }) : null,
    );
  }

  function action(apiResource) {
    const ids = given.ids();
    const isGiven = Boolean(ids && ids.has(apiResource.identifier));
    return apiAction(apiResource, { given: isGiven, disabled: !ids, onClick: (button) => act(apiResource, isGiven, button) });
  }

  async function act(apiResource, wasGiven, button) {
    setBusy(button, true);
    const id = apiResource.identifier;
    if (wasGiven) {
      try {
        await delegation.remove(id);
      } catch (error) {
        onDetails(apiResource, { actionFailure: { giving: false, status: error.status } });
        return;
      }
      showSnackbar(s.removed(apiResource.title, supplier.name));
    } else {
      // Change "a3-ny-bekreftelse": a dialog of its own asks first.
      if (changed('a3-ny-bekreftelse') && !(await confirmGive(supplier.name, apiResource.title))) {
        setBusy(button, false);
        return;
      }
      let check;
      try {
        check = await delegation.check(id);
      } catch (error) {
        onDetails(apiResource, { check: { failed: error.status } });
        return;
      }
      if (!check.canDelegate) {
        onDetails(apiResource, { check: { canDelegate: false } });
        return;
      }
      try {
        await delegation.give(id);
      } catch (error) {
        onDetails(apiResource, { check: { canDelegate: true }, actionFailure: { giving: true, status: error.status } });
        return;
      }
      showSnackbar(t.giveDialog.given(supplier.name, apiResource.title));
    }
    given.mark(id, !wasGiven);
    await given.refresh();
    if (!element.isConnected) return;
    draw();
    const flipped = actionButton(element, id);
    if (flipped) flipped.focus();
  }

  return {
    element,
    focus: () => search.input.focus(),
    /** Draws the rows again, after the given APIs changed elsewhere. */
    redraw: () => searching || draw(),
    focusRow: (identifier) => {
      const open = openButton(element, identifier);
      if (open) open.focus();
    },
  };
}
