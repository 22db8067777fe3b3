// /maskinporten/supplier/<orgnr>: who the supplier is (one read) and what it has been given (the
// section's own read). Until the supplier is known: "Tilbake" and a skeleton, no heading. A
// supplier that is not there, or a read that failed, gives "Vi fant ikke leverandøren", as in
// Altinn.

import { api } from '../api.js';
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { formatDisplayName } from '../format-name.js';
import { avatar } from '../components/avatar.js';
import { alertBox } from '../components/alert-box.js';
import { skeletonBlock } from '../components/skeleton.js';
import { givenApisSection } from './given-apis-section.js';
import { openDeleteSupplierDialog } from './delete-supplier-dialog.js';
import { openGiveApiDialog } from './give-api-dialog.js';
import { changed } from '../practice-settings.js';
import { driftTexts } from '../drift/texts.js';
import { button } from '../components/button.js';
import { heading } from '../components/heading.js';

export function supplierPage(main, context, orgnr) {
  const s = t.supplier;
  document.title = s.documentTitle;
  const crumbs = h('div', { class: 'breadcrumb-slot' });
  const card = h('div', { class: 'card' }, backLink(), skeletonBlock('heading'));
  showCrumb(s.documentTitle);
  main.append(crumbs, card);

  api(`/maskinporten/suppliers/${encodeURIComponent(orgnr)}`).then(
    (view) => context.alive() && render(view),
    () => context.alive() && renderNotFound(),
  );

  function showCrumb(current) {
    crumbs.replaceChildren(breadcrumbs([{ text: t.maskinporten.supplierBreadcrumb, href: paths.suppliers }, { text: current }]));
  }

  function renderNotFound() {
    card.replaceChildren(
      alertBox('danger', h('p', {}, s.notFound)),
      h('a', { href: paths.suppliers, class: 'back-to-list' }, s.backToList),
    );
  }

  function render(view) {
    const supplier = { orgnr: view.supplier.orgnr, name: formatDisplayName(view.supplier.registerName) };
    const actorName = formatDisplayName(view.actor.registerName);
    showCrumb(supplier.name);

    const deleteButton = button(s.deleteSupplier, { look: 'tertiary', icon: 'trash' });
    deleteButton.addEventListener('click', () =>
      openDeleteSupplierDialog({ orgnr, supplierName: supplier.name, onDeleted: () => context.alive() && context.navigate(paths.suppliers) }),
    );
    const section = givenApisSection({
      context,
      supplier,
      onGive: () => openGiveApiDialog({ supplier, onClose: () => context.alive() && section.reload() }),
    });
    const nameHeading = heading(1, supplier.name, { className: 'page-heading', focusable: true });
    card.replaceChildren(
      h('div', { class: 'card-top' }, backLink(), h('div', { class: 'card-actions' }, printButton(), deleteButton)),
      h('div', { class: 'supplier-heading' }, avatar(supplier.name, 'lg'), h('div', {}, nameHeading, h('p', { class: 'for-actor' }, s.forActor(actorName)))),
      section.element,
    );
    nameHeading.focus();
  }

  /** Change "a3-kosmetisk": a button the robot never needs. */
  function printButton() {
    if (!changed('a3-kosmetisk')) return null;
    const print = button(driftTexts.print, { look: 'tertiary', className: 'print-button' });
    print.addEventListener('click', () => window.print());
    return print;
  }

  function backLink() {
    return h('a', { href: paths.suppliers, class: 'back-link' }, icon('arrow-left'), s.back);
  }
}
