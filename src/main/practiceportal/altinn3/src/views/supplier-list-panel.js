// The tab "Leverandører": intro, "Informasjon om leverandører", then the suppliers. Until the
// admin check has answered, the list is drawn as if empty, exactly as Altinn does.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { infoPopover } from '../components/info-popover.js';
import { partyList } from '../components/party-list.js';
import { openAddSupplierDialog } from './add-supplier-dialog.js';
import { button } from '../components/button.js';

export function supplierListPanel(panel, context, actorName) {
  const m = t.maskinporten;
  const addButton = () => {
    const add = button(m.addSupplier, { look: 'secondary', icon: 'plus' });
    add.addEventListener('click', () => openAddSupplierDialog(context));
    return add;
  };
  const list = partyList({ hrefOf: paths.supplier, addButton, emptyText: m.noSuppliers });
  panel.append(
    h('div', { class: 'panel-intro' }, h('p', {}, m.suppliersIntro(actorName)), infoPopover({ label: m.suppliersInfoButton, paragraphs: m.suppliersInfo })),
    list.element,
  );
  list.show([]);

  return {
    load() {
      list.loading();
      api('/maskinporten/suppliers').then(
        (suppliers) => context.alive() && list.show(suppliers),
        () => context.alive() && list.failed(m.loadError),
      );
    },
  };
}
