// Change "a3-steg-fjernet": no "Gi fullmakt" button and no dialog any more. The API search sits
// on the supplier's page itself, under the APIs given; an API given here moves up into that list.

import { useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { t } from '../texts.js';
import { ApiList, PageHeading, SearchBox } from '../components.jsx';
import { SkeletonBlock } from '../controls/skeleton-block.jsx';
import { showSnackbar } from '../messages/show-snackbar.js';
import { changed } from '../practice-settings.js';
import { ApiDetailsDialog } from '../views/api-details-dialog.jsx';
import { apiAction } from '../views/api-action.js';
import { keepRedrawing } from '../faults/redraw.js';
import { useConfirmGive } from './confirm-give-dialog.jsx';
import { driftTexts } from './texts.js';
import { useBusyRows } from '../views/use-busy-rows.js';

const DEBOUNCE_MS = 300;

let searches = 0;

/**
 * Searches from the moment it is drawn, also while not shown (the supplier's own APIs can answer
 * after the first search).
 *
 * @param shown whether the section is on the page (it is not until the APIs given are read)
 * @param givenIds the identifiers of the APIs the supplier has now
 * @param onGiven called after a delegation was stored
 */
export function InlineApiSearch({ shown, supplier, delegation, givenIds, onGiven }) {
  const [headingId] = useState(() => `inline-api-search-${(searches += 1)}`);
  const search = useRef({ searching: true, generation: 0, timer: null, typed: '' }).current;
  const results = useRef(null);
  const [found, setFound] = useState([]);
  // "searching", "failed" or "answered"
  const [state, setState] = useState('searching');
  const { busy, setRowBusy, clearBusy } = useBusyRows();
  const [redraws, setRedraws] = useState(0);
  const [details, setDetails] = useState(null);
  const [confirmDialog, confirmGive] = useConfirmGive(supplier.name);

  useEffect(() => {
    runSearch('');
  }, []);

  // The list is drawn again whenever the APIs given have been read again.
  useEffect(() => clearBusy(), [givenIds]);

  function typed(value) {
    search.typed = value;
    clearTimeout(search.timer);
    search.timer = setTimeout(() => runSearch(value), value === '' ? 0 : DEBOUNCE_MS);
  }

  async function runSearch(query) {
    search.generation += 1;
    const mine = search.generation;
    search.searching = true;
    setState('searching');
    try {
      const data = await api(`/maskinporten/apis?search=${encodeURIComponent(query.trim())}`);
      // The section may not be on the page yet: the supplier's own APIs can answer after this.
      if (mine !== search.generation) return;
      setFound(data);
      search.searching = false;
      setState('answered');
      clearBusy();
      if (results.current) keepRedrawing(results.current, redrawAnew);
    } catch (e) {
      if (mine !== search.generation) return;
      setState('failed');
    }
  }

  /** Fault "rerenderHverMs": the list drawn anew, with new elements. */
  function redrawAnew() {
    if (search.searching) return;
    clearBusy();
    setRedraws((n) => n + 1);
  }

  async function give(apiResource) {
    setRowBusy(apiResource.identifier, true);
    if (changed('a3-ny-bekreftelse') && !(await confirmGive(apiResource.title))) {
      setRowBusy(apiResource.identifier, false);
      return;
    }
    try {
      await delegation.give(apiResource.identifier);
    } catch (e) {
      setRowBusy(apiResource.identifier, false);
      showSnackbar(t.details.giveFailed, 'danger');
      return;
    }
    showSnackbar(t.giveDialog.given(supplier.name, apiResource.title));
    onGiven();
  }

  // The APIs found that the supplier does not have yet.
  const notGiven = found.filter((a) => !givenIds.has(a.identifier));
  return (
    <>
      {shown ? (
        <section className="inline-api-search" aria-labelledby={headingId}>
          <PageHeading level={2} className="section-heading" id={headingId}>
            {driftTexts.inlineSearchHeading}
          </PageHeading>
          <div className="toolbar toolbar-left">
            <SearchBox label={t.supplier.searchApi} clearLabel={t.supplier.clearSearch} size="sm" defaultValue={search.typed} onInput={typed} />
          </div>
          <p className="hit-count">{state === 'answered' ? t.giveDialog.hits(notGiven.length) : ''}</p>
          <div
            className="api-list-slot"
            ref={(element) => {
              results.current = element;
              if (element && !search.searching) keepRedrawing(element, redrawAnew);
            }}
          >
            {state === 'searching' ? <SkeletonBlock kind="list" /> : null}
            {state === 'failed' ? (
              <div role="alert" className="alert alert-danger">
                <h2 className="alert-heading">{t.errors.generalHeading}</h2>
                <p>{t.errors.generalParagraph}</p>
              </div>
            ) : null}
            {state === 'answered' ? (
              <ApiList
                key={redraws}
                apis={notGiven}
                scopesLine={t.supplier.scopes}
                onOpen={setDetails}
                actionOf={(a) => apiAction(a, { given: false, busy: busy.has(a.identifier), onClick: () => give(a) })}
              />
            ) : null}
          </div>
        </section>
      ) : null}
      {details ? (
        <ApiDetailsDialog
          apiResource={details}
          supplierName={supplier.name}
          delegation={delegation}
          given={false}
          onChanged={onGiven}
          onClose={() => setDetails(null)}
        />
      ) : null}
      {confirmDialog}
    </>
  );
}
