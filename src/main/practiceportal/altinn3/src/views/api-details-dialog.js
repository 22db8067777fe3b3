// An API's details from the supplier page: an unnamed modal dialog with "Lukk dialogvindu" and
// the details view, whose action withdraws a given API (or gives one that is not).

import { t } from '../texts.js';
import { openDialog } from '../components/dialog.js';
import { apiDetails } from './api-details.js';

export function openApiDetailsDialog({ apiResource, supplierName, delegation, given = true, onChanged, onClose }) {
  const details = apiDetails({ apiResource, supplierName, delegation, whenGiven: () => Promise.resolve(given), onChanged });
  const { body } = openDialog({
    closeLabel: t.addSupplierDialog.close,
    onClose: () => {
      details.dispose();
      if (onClose) onClose();
    },
  });
  body.append(details.element);
}
