// /maskinporten/supplier/<orgnr>: the APIs one supplier has been given, "Gi fullmakt",
// "Slett fullmakt for <API>" (at once, no confirmation) and "Slett leverandør" (asks first).

import { api } from '../api.js';
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { avatar } from '../components/avatar.js';
import { apiRow } from '../components/api-row.js';
import { confirmDialog } from '../components/confirm-dialog.js';
import { ownerFilter, ownersOf } from '../components/owner-filter.js';
import { searchField } from '../components/search-field.js';
import { loadingBlock } from '../components/spinner.js';
import { showToast } from '../components/toast.js';
import { openGiveApiDialog } from './give-api-dialog.js';
import { changed } from '../practice-settings.js';
import { inlineApiSearch } from '../drift/inline-api-search.js';
import { driftTexts } from '../drift/texts.js';
import { keepRedrawing } from '../faults/redraw.js';

const supplierList = `${paths.maskinporten}#suppliers`;

export function supplierPage(main, context, orgnr) {
  const s = t.supplier;
  const crumbs = h('div', { class: 'breadcrumb-slot' }, breadcrumbs([{ text: t.maskinporten.supplierBreadcrumb, href: supplierList }]));
  const card = h('div', { class: 'card' }, loadingBlock());
  main.append(crumbs, card);
  load();

  function load() {
    card.replaceChildren(loadingBlock());
    api(`/maskinporten/suppliers/${encodeURIComponent(orgnr)}`).then(
      (view) => context.alive() && render(view),
      (error) => context.alive() && (error.status === 404 ? renderNotFound() : renderError()),
    );
  }

  function renderNotFound() {
    crumbs.replaceChildren(breadcrumbs([{ text: t.maskinporten.supplierBreadcrumb, href: supplierList }, { text: s.notFoundHeading }]));
    card.replaceChildren(
      backLink(),
      h('h1', { class: 'page-heading' }, s.notFoundHeading),
      h('p', { class: 'page-text' }, s.notFoundText),
    );
  }

  function renderError() {
    card.replaceChildren(backLink(), h('p', { class: 'field-error', role: 'alert' }, t.genericError));
  }

  function render(view) {
    const { supplier, actor } = view;
    let apis = view.apis;
    document.title = `${supplier.name} - Altinn`;
    crumbs.replaceChildren(breadcrumbs([{ text: t.maskinporten.supplierBreadcrumb, href: supplierList }, { text: supplier.name }]));

    const deleteButton = h('button', { type: 'button', class: 'button button-tertiary' }, icon('trash'), s.deleteSupplier);
    deleteButton.addEventListener('click', () => deleteSupplier(supplier, actor));

    const count = h('h2', { class: 'section-heading' }, s.count(apis.length));
    const listSlot = h('div', { class: 'api-list-slot' });
    let query = '';
    const search = searchField({
      label: s.searchApi,
      size: 'sm',
      onInput: (value) => {
        query = value;
        renderList();
      },
    });
    const filter = ownerFilter({ onChange: () => renderList() });
    const giveButton = h('button', { type: 'button', class: 'button button-primary' }, icon('plus'), s.give);
    giveButton.addEventListener('click', () =>
      openGiveApiDialog({
        supplier,
        given: apis.map((a) => a.identifier),
        onClose: () => context.alive() && load(),
      }),
    );
    // Change "a3-steg-fjernet": the search is on the page; no "Gi fullmakt", no dialog.
    const inline = changed('a3-steg-fjernet')
      ? inlineApiSearch({
          supplier,
          isGiven: (identifier) => apis.some((a) => a.identifier === identifier),
          onGiven: (given) => {
            apis = given.apis;
            count.textContent = s.count(apis.length);
            renderList();
          },
        })
      : null;

    card.replaceChildren(
      h('div', { class: 'card-top' }, backLink(), printButton(), deleteButton),
      h(
        'div',
        { class: 'supplier-heading' },
        avatar(supplier.name, 'lg'),
        h('div', {}, h('h1', { class: 'page-heading' }, supplier.name), h('p', { class: 'for-actor' }, s.forActor(actor.name))),
      ),
      count,
      inline ? null : h('div', { class: 'toolbar' }, h('div', { class: 'toolbar-left' }, search.element, filter.element), giveButton),
      listSlot,
      inline ? inline.element : null,
    );

    function matches(apiResource) {
      const q = query.trim().toLowerCase();
      return filter.accepts(apiResource) && (!q || apiResource.title.toLowerCase().includes(q) || apiResource.owner.name.toLowerCase().includes(q));
    }

    async function remove(apiResource) {
      try {
        await api(`/maskinporten/suppliers/${encodeURIComponent(supplier.orgnr)}/apis/${encodeURIComponent(apiResource.identifier)}`, { method: 'DELETE' });
      } catch (e) {
        showToast(t.genericError);
        return false;
      }
      apis = apis.filter((a) => a.identifier !== apiResource.identifier);
      count.textContent = s.count(apis.length);
      renderList();
      if (inline) inline.refresh();
      showToast(s.removedToast(supplier.name, apiResource.title));
      return true;
    }

    function renderList() {
      filter.setOwners(ownersOf(apis));
      drawList();
    }

    function drawList() {
      if (apis.length === 0) {
        listSlot.replaceChildren(h('p', { class: 'empty-text' }, s.empty));
        return;
      }
      const shown = apis.filter(matches);
      listSlot.replaceChildren(
        shown.length === 0
          ? h('p', { class: 'empty-text' }, s.noHits)
          : h('ul', { class: 'api-list' }, shown.map((a) => apiRow(a, { given: true, onRemove: remove }))),
      );
    }

    renderList();
    keepRedrawing(listSlot, drawList);
  }

  /** Change "a3-kosmetisk": a button the robot never needs. */
  function printButton() {
    if (!changed('a3-kosmetisk')) return null;
    const button = h('button', { type: 'button', class: 'button button-tertiary print-button' }, driftTexts.print);
    button.addEventListener('click', () => window.print());
    return button;
  }

  function backLink() {
    return h('a', { href: supplierList, class: 'back-link' }, icon('arrow-left'), t.supplier.back);
  }

  async function deleteSupplier(supplier, actor) {
    const confirmed = await confirmDialog({
      heading: s.confirmDeleteHeading(supplier.name),
      text: s.confirmDeleteText(actor.name),
      confirmLabel: s.deleteSupplier,
    });
    if (!confirmed || !context.alive()) return;
    try {
      await api(`/maskinporten/suppliers/${encodeURIComponent(supplier.orgnr)}`, { method: 'DELETE' });
    } catch (e) {
      showToast(t.genericError);
      return;
    }
    if (!context.alive()) return;
    context.navigate(supplierList, { keepToast: true });
    showToast(s.deletedToast(supplier.name));
  }
}
