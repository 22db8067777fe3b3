// "Slett leverandør": an unnamed modal dialog that asks first. The supplier goes with every API it
// has been given; on success the person is sent back to the supplier list with a snackbar, on
// failure the dialog stays open with a danger snackbar.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { openDialog } from '../components/dialog.js';
import { showSnackbar } from '../components/snackbar.js';
import { setBusy } from '../components/api-list-item.js';
import { button } from '../components/button.js';

export function openDeleteSupplierDialog({ orgnr, supplierName, onDeleted }) {
  const s = t.supplier;
  const { body, close } = openDialog({ closeLabel: t.addSupplierDialog.close, heading: s.deleteHeading, size: 'sm' });
  const confirm = button(s.deleteSupplier, { look: 'danger' });
  const cancel = button(s.cancel, { look: 'secondary' });
  cancel.addEventListener('click', close);
  confirm.addEventListener('click', async () => {
    setBusy(confirm, true);
    cancel.disabled = true;
    try {
      await api(`/maskinporten/suppliers/${encodeURIComponent(orgnr)}`, { method: 'DELETE' });
    } catch (error) {
      setBusy(confirm, false);
      cancel.disabled = false;
      showSnackbar(s.deleteFailed(supplierName), 'danger');
      return;
    }
    close();
    showSnackbar(s.deleted(supplierName));
    onDeleted();
  });
  body.append(h('p', {}, s.deleteText(supplierName)), h('div', { class: 'button-row' }, confirm, cancel));
}
