// "Slett leverandør": an unnamed modal dialog that asks first. The supplier goes with every API it
// has been given; on success the person is sent back to the supplier list with a snackbar, on
// failure the dialog stays open with a danger snackbar.

import { useState } from 'react';
import { api } from '../api.js';
import { t } from '../texts.js';
import { ModalDialog, PageButton } from '../components.jsx';
import { showSnackbar } from '../messages/show-snackbar.js';

/** @param onClose called once the dialog has closed; the parent then stops drawing it */
export function DeleteSupplierDialog({ orgnr, supplierName, onDeleted, onClose }) {
  const s = t.supplier;
  const [busy, setBusy] = useState(false);

  async function deleteSupplier(event) {
    const dialog = event.currentTarget.closest('dialog');
    setBusy(true);
    try {
      await api(`/maskinporten/suppliers/${encodeURIComponent(orgnr)}`, { method: 'DELETE' });
    } catch (error) {
      setBusy(false);
      showSnackbar(s.deleteFailed(supplierName), 'danger');
      return;
    }
    dialog.close();
    showSnackbar(s.deleted(supplierName));
    onDeleted();
  }

  return (
    <ModalDialog closeLabel={t.addSupplierDialog.close} heading={s.deleteHeading} size="sm" onClose={onClose}>
      <p>{s.deleteText(supplierName)}</p>
      <div className="button-row">
        <PageButton text={s.deleteSupplier} look="danger" disabled={busy} aria-busy={busy ? 'true' : undefined} onClick={deleteSupplier} />
        <PageButton text={s.cancel} look="secondary" disabled={busy} onClick={(event) => event.currentTarget.closest('dialog').close()} />
      </div>
    </ModalDialog>
  );
}
