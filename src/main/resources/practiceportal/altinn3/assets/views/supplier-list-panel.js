// The tab "Leverandører": intro, search, "Legg til leverandør" and one link per supplier.

import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { avatar } from '../components/avatar.js';
import { loadingBlock } from '../components/spinner.js';
import { searchField } from '../components/search-field.js';
import { openAddSupplierDialog } from './add-supplier-dialog.js';
import { keepRedrawing } from '../faults/redraw.js';

export function supplierListPanel(panel, context) {
  const m = t.maskinporten;
  const actorName = context.profile.actor.name;
  const list = h('div', { class: 'org-list-slot' }, loadingBlock());
  let suppliers = null;
  let query = '';

  const search = searchField({
    label: m.search,
    onInput: (value) => {
      query = value;
      renderList();
    },
  });
  const addButton = h('button', { type: 'button', class: 'button button-secondary' }, icon('plus'), m.addSupplier);
  addButton.addEventListener('click', () => openAddSupplierDialog(context));

  const helpId = uid('help');
  const helpText = h('p', { id: helpId, class: 'help-text', hidden: true }, m.suppliersHelp);
  const helpButton = h(
    'button',
    { type: 'button', class: 'icon-button help-button', 'aria-label': m.suppliersHelpButton, 'aria-expanded': 'false', 'aria-controls': helpId },
    icon('question'),
  );
  helpButton.addEventListener('click', () => {
    helpText.hidden = !helpText.hidden;
    helpButton.setAttribute('aria-expanded', String(!helpText.hidden));
  });

  panel.append(
    h('div', { class: 'panel-intro' }, h('p', {}, m.suppliersIntro(actorName)), helpButton),
    helpText,
    h('div', { class: 'toolbar' }, search.element, addButton),
    list,
  );

  function matches(supplier) {
    const q = query.trim().toLowerCase();
    if (!q) return true;
    const digits = q.replace(/\s/g, '');
    return supplier.name.toLowerCase().includes(q) || (digits && supplier.orgnr.includes(digits));
  }

  function renderList() {
    if (!suppliers) return;
    if (suppliers.length === 0) {
      list.replaceChildren(h('p', { class: 'empty-text' }, m.noSuppliers));
      return;
    }
    const shown = suppliers.filter(matches);
    if (shown.length === 0) {
      list.replaceChildren(h('p', { class: 'empty-text' }, m.noSupplierHits));
      return;
    }
    list.replaceChildren(
      h(
        'ul',
        { class: 'org-list' },
        shown.map((s) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: paths.supplier(s.orgnr), class: 'org-row' },
              avatar(s.name),
              h('span', { class: 'org-text' }, h('span', { class: 'org-name' }, s.name), ' ', h('span', { class: 'org-number' }, m.orgnrLine(s.groupedOrgnr))),
              icon('chevron-right', 'org-chevron'),
            ),
          ),
        ),
      ),
    );
  }

  api('/maskinporten/suppliers').then(
    (data) => {
      if (!context.alive()) return;
      suppliers = data;
      renderList();
      keepRedrawing(list, renderList);
    },
    () => context.alive() && list.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError)),
  );
}
