// "Gi <name> fullmakt til ny tjeneste": search services that can be given as single rights.
// Maskinporten APIs are never offered here, exactly as in Altinn.

import { Fragment, useEffect, useRef, useState } from 'react';
import { DsSwitch } from '@altinn/altinn-components';
import { api } from '../api.js';
import { uid } from '../unique-id.js';
import { t } from '../texts.js';
import { ModalDialog, SearchBox } from '../components.jsx';
import { showSnackbar } from '../messages/show-snackbar.js';
import { LoadingBlock } from './loading-block.jsx';
import { ServiceRows } from './service-rows.jsx';

const SEARCH_DEBOUNCE_MS = 250;

/**
 * @param user the person or organisation given rights
 * @param given the identifiers of the services it has
 * @param onClose called once the dialog has closed; the page then stops drawing it
 */
export function SingleRightDialog({ user, given, onClose }) {
  const u = t.users;
  const [givenIds] = useState(() => new Set(given));
  const [switchId] = useState(() => uid('switch'));
  const [hits, setHits] = useState('');
  // What the results show, with the search it belongs to, so that each search draws them anew.
  const [results, setResults] = useState({ search: 0, found: null, failed: false });
  const toolbar = useRef(null);
  const includeExpired = useRef(false);
  const query = useRef('');
  const generation = useRef(0);
  const timer = useRef(null);
  const open = useRef(true);

  async function runSearch() {
    generation.current += 1;
    const mine = generation.current;
    setHits('');
    setResults({ search: mine, found: null, failed: false });
    const search = encodeURIComponent(query.current.trim());
    try {
      const found = await api(`/singlerights/resources?search=${search}&includeExpired=${includeExpired.current}`);
      if (mine !== generation.current || !open.current) return;
      setHits(t.giveDialog.hits(found.length));
      setResults({ search: mine, found, failed: false });
    } catch (e) {
      if (mine === generation.current) setResults({ search: mine, found: null, failed: true });
    }
  }

  useEffect(() => {
    toolbar.current.querySelector('input').focus();
    runSearch();
    return () => {
      open.current = false;
    };
  }, []);

  const base = `/users/${encodeURIComponent(user.id)}/singlerights`;

  async function give(service) {
    try {
      await api(base, { method: 'POST', body: { identifier: service.identifier } });
    } catch (e) {
      showSnackbar(t.genericError, 'danger');
      return false;
    }
    givenIds.add(service.identifier);
    showSnackbar(u.givenToast(user.name, service.title));
    return true;
  }

  async function remove(service) {
    try {
      await api(`${base}/${encodeURIComponent(service.identifier)}`, { method: 'DELETE' });
    } catch (e) {
      showSnackbar(t.genericError, 'danger');
      return false;
    }
    givenIds.delete(service.identifier);
    showSnackbar(u.removedToast(user.name, service.title));
    return true;
  }

  function expiredChanged(event) {
    includeExpired.current = event.target.checked;
    runSearch();
  }

  // A search still waiting when the dialog closes is sent all the same, and its answer ignored.
  function searchChanged(value) {
    query.current = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(runSearch, SEARCH_DEBOUNCE_MS);
  }

  return (
    <ModalDialog heading={u.giveHeading(user.name)} named closeLabel={t.giveDialog.close} size="lg" onClose={onClose}>
      <div className="toolbar toolbar-left" ref={toolbar}>
        <SearchBox label={u.searchServices} clearLabel={t.supplier.clearSearch} size="sm" onInput={searchChanged} />
        <DsSwitch id={switchId} label={u.showExpired} onChange={expiredChanged} />
      </div>
      <p className="hit-count" aria-live="polite">
        {hits}
      </p>
      <div className="api-list-slot">
        <Fragment key={results.search}>
          {results.failed ? (
            <p className="field-error" role="alert">
              {t.genericError}
            </p>
          ) : results.found ? (
            <ServiceRows services={results.found} isGiven={(id) => givenIds.has(id)} onGive={give} onRemove={remove} />
          ) : (
            <LoadingBlock />
          )}
        </Fragment>
      </div>
    </ModalDialog>
  );
}
