// An API's details from the supplier page: an unnamed modal dialog with "Lukk dialogvindu" and
// the details view, whose action withdraws a given API (or gives one that is not).

import { t } from '../texts.js';
import { ModalDialog } from '../components.jsx';
import { ApiDetails } from './api-details.jsx';

/** @param onClose called once the dialog has closed; the parent then stops drawing it */
export function ApiDetailsDialog({ apiResource, supplierName, delegation, given = true, onChanged, onClose }) {
  return (
    <ModalDialog closeLabel={t.addSupplierDialog.close} onClose={onClose}>
      <ApiDetails apiResource={apiResource} supplierName={supplierName} delegation={delegation} whenGiven={() => Promise.resolve(given)} onChanged={onChanged} />
    </ModalDialog>
  );
}
