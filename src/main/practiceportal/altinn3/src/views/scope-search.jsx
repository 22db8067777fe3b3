// The search view of "Gi fullmakt": the catalogue is searched on the server 300 ms after typing
// stops, seven APIs a page. While a search runs, seven skeleton rows stand in for the results and
// the count line is gone. Each row's action is disabled until the supplier's given APIs are known.
// The rows show the given APIs as they were when the rows were last drawn: after an answer, when
// the dialog has read them, after a row's action, and on coming back from an API's details.

import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import { api } from '../api.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { ApiList, ApiListLoading, SearchBox, OwnerFilter } from '../components.jsx';
import { Pagination } from '../controls/pagination.jsx';
import { showSnackbar } from '../messages/show-snackbar.js';
import { changed } from '../practice-settings.js';
import { useConfirmGive } from '../drift/confirm-give-dialog.jsx';
import { keepRedrawing } from '../faults/redraw.js';
import { apiAction } from './api-action.js';
import { useBusyRows } from './use-busy-rows.js';

const PER_PAGE = 7;
const DEBOUNCE_MS = 300;
const SEARCHING = { searching: true };
const FAILED = { failed: true };

/**
 * Draws the toolbar, the count and the results; the dialog keeps them in its element
 * ".scope-search", in the page or not, so they live on while an API's details are shown.
 *
 * @param ref gets focus(), redraw() (the rows again, after the given APIs changed elsewhere) and
 *     focusRow(identifier)
 * @param given {ids(): Set or null while unknown, refresh(): Promise, mark(identifier, isGiven)}
 * @param onDetails shows the details view for an API: (apiResource, {check, actionFailure})
 */
export function ScopeSearch({ ref, supplier, delegation, given, onDetails }) {
  const d = t.giveDialog;
  const s = t.supplier;
  // What the searches go by; read by answers and timers that outlive a drawing.
  const search = useRef({ query: '', page: 1, found: null, searching: false, ownersShown: false, generation: 0, timer: null, chosen: [] }).current;
  const results = useRef(null);
  const [owners, setOwners] = useState([]);
  const [chosen, setChosen] = useState([]);
  const [count, setCount] = useState({ hidden: true, text: '' });
  const [drawn, setDrawn] = useState(SEARCHING);
  const { busy, setRowBusy, clearBusy } = useBusyRows();
  const [redraws, setRedraws] = useState(0);
  const [focusAction, setFocusAction] = useState(null);
  const [confirmDialog, confirmGive] = useConfirmGive(supplier.name);

  useEffect(() => {
    run(1);
  }, []);

  useImperativeHandle(ref, () => ({
    focus: () => results.current.parentElement.querySelector('input').focus(),
    redraw: () => search.searching || draw(),
    focusRow: (identifier) => {
      const action = actionButton(identifier);
      const row = action ? action.closest('li') : null;
      const open = row ? row.querySelector('button') : null;
      if (open) open.focus();
    },
  }));

  // After a row's action: its button, changed, has the focus.
  useEffect(() => {
    if (focusAction === null) return;
    setFocusAction(null);
    const flipped = actionButton(focusAction);
    if (flipped) flipped.focus();
  }, [focusAction]);

  function actionButton(identifier) {
    return results.current ? results.current.querySelector(`button[data-identifier="${CSS.escape(identifier)}"]`) : null;
  }

  function typed(value) {
    clearTimeout(search.timer);
    search.timer = setTimeout(
      () => {
        search.query = value.trim();
        run(1);
      },
      value === '' ? 0 : DEBOUNCE_MS,
    );
  }

  function toggleOwner(orgnr, on) {
    search.chosen = on ? [...search.chosen, orgnr] : search.chosen.filter((o) => o !== orgnr);
    setChosen(search.chosen);
    run(1);
  }

  async function run(wantedPage) {
    search.generation += 1;
    const mine = search.generation;
    search.page = wantedPage;
    search.searching = true;
    setCount((shown) => ({ ...shown, hidden: true }));
    setDrawn(SEARCHING);
    const ownerParameters = search.chosen.map((o) => `&owner=${encodeURIComponent(o)}`).join('');
    try {
      const answer = await api(
        `/maskinporten/scopes/search?search=${encodeURIComponent(search.query)}&page=${search.page}&resultsPerPage=${PER_PAGE}${ownerParameters}`,
      );
      if (mine !== search.generation) return;
      search.found = answer;
      if (!search.ownersShown) setOwners(answer.owners);
      search.ownersShown = true;
      search.searching = false;
      draw();
      if (results.current) keepRedrawing(results.current, redrawAnew);
    } catch (error) {
      if (mine !== search.generation) return;
      setDrawn(FAILED);
    }
  }

  /** The rows again, with the given APIs as they are now. */
  function draw() {
    const found = search.found;
    if (!found) return;
    const ids = given.ids();
    setDrawn({ found, page: search.page, query: search.query, givenIds: ids ? new Set(ids) : null });
    clearBusy();
    setCount((shown) => (found.total === 0 ? { ...shown, hidden: true } : { hidden: false, text: d.hits(found.total) }));
  }

  /** Fault "rerenderHverMs": the rows drawn anew, with new elements. */
  function redrawAnew() {
    if (search.searching) return;
    draw();
    setRedraws((n) => n + 1);
  }

  function action(apiResource, givenIds) {
    const isGiven = Boolean(givenIds && givenIds.has(apiResource.identifier));
    return apiAction(apiResource, {
      given: isGiven,
      disabled: !givenIds,
      busy: busy.has(apiResource.identifier),
      onClick: () => act(apiResource, isGiven),
    });
  }

  async function act(apiResource, wasGiven) {
    const id = apiResource.identifier;
    setRowBusy(id, true);
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
      if (changed('a3-ny-bekreftelse') && !(await confirmGive(apiResource.title))) {
        setRowBusy(id, false);
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
      showSnackbar(d.given(supplier.name, apiResource.title));
    }
    given.mark(id, !wasGiven);
    await given.refresh();
    if (!results.current || !results.current.isConnected) return;
    draw();
    setFocusAction(id);
  }

  return (
    <>
      <div className="toolbar toolbar-left">
        <SearchBox label={s.searchApi} clearLabel={s.clearSearch} size="sm" onInput={typed} />
        <OwnerFilter label={s.filterOwner} legend={s.filterLegend} icon={icon('up-down')} owners={owners} chosen={chosen} onToggle={toggleOwner} />
      </div>
      <p className="hit-count" hidden={count.hidden}>
        {count.text}
      </p>
      <div className="api-list-slot" ref={results}>
        <Results key={redraws} drawn={drawn} actionOf={action} onOpen={(a) => onDetails(a, {})} onPage={run} />
      </div>
      {confirmDialog}
    </>
  );
}

function Results({ drawn, actionOf, onOpen, onPage }) {
  const d = t.giveDialog;
  if (drawn.searching) return <ApiListLoading count={PER_PAGE} placeholder={t.skeletonApi} />;
  if (drawn.failed) {
    return (
      <div role="alert" className="alert alert-danger">
        <h2 className="alert-heading">{t.errors.generalHeading}</h2>
        <p>{t.errors.generalParagraph}</p>
      </div>
    );
  }
  const { found, page, query, givenIds } = drawn;
  if (found.total === 0) return <p className="empty-text">{query ? d.noHits(query) : d.noScopes}</p>;
  const pages = Math.ceil(found.total / PER_PAGE);
  return (
    <>
      <ApiList apis={found.results} titleAs="h3" scopesLine={t.supplier.scopes} onOpen={onOpen} actionOf={(a) => actionOf(a, givenIds)} />
      {pages > 1 ? <Pagination page={page} pages={pages} onPage={onPage} /> : null}
    </>
  );
}
