// "Gi fullmakt": a modal dialog named by its h1 "Hvilke API vil du gi <supplier> fullmakt til?",
// with the close button "Lukk". It holds the search view, or one API's details in its place. It
// reads the supplier's given APIs when it opens (the row actions wait for that), and the page
// reads its list again when it closes.

import { t } from '../texts.js';
import { delegations } from '../delegations.js';
import { openNamedDialog } from '../components/dialog.js';
import { apiDetails } from './api-details.js';
import { scopeSearch } from './scope-search.js';

/**
 * @param supplier {orgnr, name} with the name formatted
 */
export function openGiveApiDialog({ supplier, onClose }) {
  const d = t.giveDialog;
  const delegation = delegations(supplier.orgnr);
  const { body: viewSlot } = openNamedDialog({
    heading: d.heading(supplier.name),
    level: 1,
    closeLabel: d.close,
    description: d.description,
    size: 'lg',
    onClose,
  });

  let givenIds = null;
  let givenRead = null;
  const given = {
    ids: () => givenIds,
    refresh: () => {
      givenRead = delegation.read().then(
        (list) => {
          givenIds = new Set(list.map((a) => a.identifier));
        },
        () => {},
      );
      return givenRead;
    },
    mark: (identifier, isGiven) => {
      if (!givenIds) return;
      if (isGiven) givenIds.add(identifier);
      else givenIds.delete(identifier);
    },
    /** Resolves whether the supplier has the API, once the given APIs are known. */
    has: (identifier) => givenRead.then(() => (givenIds ? givenIds.has(identifier) : new Promise(() => {}))),
  };

  const search = scopeSearch({ supplier, delegation, given, onDetails: showDetails });
  viewSlot.append(search.element);
  search.focus();
  given.refresh().then(() => search.redraw());

  let details = null;

  function showDetails(apiResource, { check, actionFailure }) {
    details = apiDetails({
      apiResource,
      supplierName: supplier.name,
      delegation,
      whenGiven: () => given.has(apiResource.identifier),
      check,
      actionFailure,
      onBack: () => showSearch(apiResource),
      onChanged: (isGiven) => {
        given.mark(apiResource.identifier, isGiven);
        given.refresh();
      },
    });
    viewSlot.replaceChildren(details.element);
    details.focus();
  }

  function showSearch(apiResource) {
    details.dispose();
    details = null;
    viewSlot.replaceChildren(search.element);
    search.redraw();
    search.focusRow(apiResource.identifier);
  }
}
