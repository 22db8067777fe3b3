// The supplier page's section "Fullmakt til N API". Its list is a read of its own: until the first
// answer the heading says "Fullmakt til 0 API" over a skeleton, as Altinn's does; later reads keep
// the old list on screen until the new one arrives. "Slett fullmakt for <API>" withdraws at once,
// without asking, and reads the list again.

import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { delegations } from '../delegations.js';
import { AlertBox, ApiList, OwnerFilter, PageButton, PageHeading, SearchBox } from '../components.jsx';
import { ownersOf, stillChosen } from '../controls/owner-filter.jsx';
import { SkeletonBlock } from '../controls/skeleton-block.jsx';
import { showSnackbar } from '../messages/show-snackbar.js';
import { changed } from '../practice-settings.js';
import { GivenApiTable } from '../drift/given-api-table.jsx';
import { InlineApiSearch } from '../drift/inline-api-search.jsx';
import { keepRedrawing } from '../faults/redraw.js';
import { apiAction } from './api-action.js';
import { ApiDetailsDialog } from './api-details-dialog.jsx';
import { GiveApiDialog } from './give-api-dialog.jsx';
import { useBusyRows } from './use-busy-rows.js';


/** @param supplier {orgnr, name} with the name formatted */
export function GivenApisSection({ supplier }) {
  const s = t.supplier;
  const [delegation] = useState(() => delegations(supplier.orgnr));
  const [apis, setApis] = useState(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState([]);
  const { busy, setRowBusy, clearBusy } = useBusyRows();
  const [redraws, setRedraws] = useState(0);
  const [giving, setGiving] = useState(false);
  const [details, setDetails] = useState(null);
  const alive = useRef(true);
  const givenIds = useMemo(() => new Set((apis || []).map((a) => a.identifier)), [apis]);
  const owners = useMemo(() => ownersOf(apis || []), [apis]);
  // Change "a3-steg-fjernet": no "Gi fullmakt" and no dialog; the API search is on the page.
  const inline = changed('a3-steg-fjernet');

  useEffect(() => {
    reload();
    return () => {
      alive.current = false;
    };
  }, []);

  function reload() {
    delegation.read().then(
      (list) => {
        if (!alive.current) return;
        setApis(list);
        setChosen((before) => stillChosen(before, ownersOf(list)));
        setFailed(false);
        clearBusy();
      },
      () => alive.current && setFailed(true),
    );
  }

  /** Fault "rerenderHverMs": the list drawn anew, with new elements. */
  const redrawAnew = useCallback(() => {
    clearBusy();
    setRedraws((n) => n + 1);
  }, []);
  const keepListRedrawn = useCallback((element) => element && keepRedrawing(element, redrawAnew), []);

  function search(value) {
    setQuery(value);
    clearBusy();
  }

  function toggleOwner(orgnr, on) {
    setChosen((before) => (on ? [...before, orgnr] : before.filter((o) => o !== orgnr)));
    clearBusy();
  }

  async function remove(apiResource) {
    setRowBusy(apiResource.identifier, true);
    try {
      await delegation.remove(apiResource.identifier);
    } catch (error) {
      setRowBusy(apiResource.identifier, false);
      showSnackbar(s.removeFailed(apiResource.title), 'danger');
      return;
    }
    showSnackbar(s.removed(apiResource.title, supplier.name));
    reload();
  }

  function matches(apiResource) {
    const q = query.trim().toLocaleLowerCase('nb');
    const text = `${apiResource.title}\n${apiResource.owner.name}`.toLocaleLowerCase('nb');
    return (chosen.length === 0 || chosen.includes(apiResource.owner.orgnr)) && (!q || text.includes(q));
  }

  function list() {
    if (apis.length === 0) return <p className="empty-text">{s.empty}</p>;
    const shown = apis.filter(matches);
    if (shown.length === 0) return <p className="empty-text">{s.noHits(query)}</p>;
    // Change "a3-rader-endret": a table with a menu per row instead of the list.
    if (changed('a3-rader-endret')) {
      return <GivenApiTable apis={shown} busy={(identifier) => busy.has(identifier)} onOpen={setDetails} onRemove={remove} />;
    }
    return (
      <ApiList
        apis={shown}
        scopesLine={s.scopes}
        onOpen={setDetails}
        actionOf={(a) => apiAction(a, { given: true, busy: busy.has(a.identifier), onClick: () => remove(a) })}
      />
    );
  }

  const listed = !failed && apis !== null;
  return (
    <section className="given-apis-section">
      <PageHeading level={2} className="section-heading">
        {s.count(apis ? apis.length : 0)}
      </PageHeading>
      <div className="given-apis">
        {failed ? (
          <AlertBox colour="danger">
            <p>{s.loadError}</p>
          </AlertBox>
        ) : null}
        {!failed && apis === null ? <SkeletonBlock kind="list" /> : null}
        {listed && !inline ? (
          <div className="toolbar">
            <div className="toolbar-left">
              <SearchBox label={s.searchApi} clearLabel={s.clearSearch} size="sm" defaultValue={query} onInput={search} />
              <OwnerFilter label={s.filterOwner} legend={s.filterLegend} icon={icon('up-down')} owners={owners} chosen={chosen} onToggle={toggleOwner} />
            </div>
            <PageButton text={s.give} icon="plus" onClick={() => setGiving(true)} />
          </div>
        ) : null}
        {listed ? (
          <div className="api-list-slot" ref={keepListRedrawn}>
            <Fragment key={redraws}>{list()}</Fragment>
          </div>
        ) : null}
        {inline ? <InlineApiSearch shown={listed} supplier={supplier} delegation={delegation} givenIds={givenIds} onGiven={reload} /> : null}
      </div>
      {giving ? (
        <GiveApiDialog
          supplier={supplier}
          onClose={() => {
            setGiving(false);
            reload();
          }}
        />
      ) : null}
      {details ? (
        <ApiDetailsDialog apiResource={details} supplierName={supplier.name} delegation={delegation} onChanged={reload} onClose={() => setDetails(null)} />
      ) : null}
    </section>
  );
}
