// "Gi fullmakt": a modal dialog named by its h1 "Hvilke API vil du gi <supplier> fullmakt til?",
// with the close button "Lukk". It holds the search view, or one API's details in its place. It
// reads the supplier's given APIs when it opens (the row actions wait for that), and the page
// reads its list again when it closes.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../texts.js';
import { delegations } from '../delegations.js';
import { ModalDialog } from '../components.jsx';
import { ApiDetails } from './api-details.jsx';
import { ScopeSearch } from './scope-search.jsx';

let detailsShown = 0;

/**
 * @param supplier {orgnr, name} with the name formatted
 * @param onClose called once the dialog has closed; the parent then stops drawing it
 */
export function GiveApiDialog({ supplier, onClose }) {
  const d = t.giveDialog;
  const [delegation] = useState(() => delegations(supplier.orgnr));
  const [given] = useState(() => givenApis(delegation));
  // The search view's own element: taken out of the dialog while an API's details are shown and
  // put back as it was (the same field with the same text, the same rows), as in Altinn.
  const [searchView] = useState(() => {
    const element = document.createElement('div');
    element.className = 'scope-search';
    return element;
  });
  const body = useRef(null);
  const search = useRef(null);
  const [details, setDetails] = useState(null);
  const backFrom = useRef(null);

  useLayoutEffect(() => {
    if (details) {
      searchView.remove();
      return;
    }
    body.current.append(searchView);
    if (backFrom.current) {
      search.current.redraw();
      search.current.focusRow(backFrom.current);
      backFrom.current = null;
    }
  }, [details]);

  useEffect(() => {
    search.current.focus();
    given.refresh().then(() => search.current && search.current.redraw());
  }, []);

  function showDetails(apiResource, { check, actionFailure }) {
    detailsShown += 1;
    setDetails({ apiResource, check, actionFailure, key: detailsShown });
  }

  function showSearch(apiResource) {
    backFrom.current = apiResource.identifier;
    setDetails(null);
  }

  return (
    <ModalDialog heading={d.heading(supplier.name)} level={1} named closeLabel={d.close} description={d.description} size="lg" onClose={onClose} bodyRef={body}>
      {createPortal(<ScopeSearch ref={search} supplier={supplier} delegation={delegation} given={given} onDetails={showDetails} />, searchView)}
      {details ? (
        <ApiDetails
          key={details.key}
          apiResource={details.apiResource}
          supplierName={supplier.name}
          delegation={delegation}
          whenGiven={() => given.has(details.apiResource.identifier)}
          check={details.check}
          actionFailure={details.actionFailure}
          onBack={() => showSearch(details.apiResource)}
          onChanged={(isGiven) => {
            given.mark(details.apiResource.identifier, isGiven);
            given.refresh();
          }}
        />
      ) : null}
    </ModalDialog>
  );
}

/** The supplier's given APIs as the dialog last read them; the views draw from them when they draw. */
function givenApis(delegation) {
  let ids = null;
  let read = null;
  return {
    ids: () => ids,
    refresh: () => {
      read = delegation.read().then(
        (list) => {
          ids = new Set(list.map((a) => a.identifier));
        },
        () => {},
      );
      return read;
    },
    mark: (identifier, isGiven) => {
      if (!ids) return;
      if (isGiven) ids.add(identifier);
      else ids.delete(identifier);
    },
    /** Resolves whether the supplier has the API, once the given APIs are known. */
    has: (identifier) => read.then(() => (ids ? ids.has(identifier) : new Promise(() => {}))),
  };
}
