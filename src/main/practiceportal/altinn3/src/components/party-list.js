// The list of suppliers (or consumers) on the Maskinporten page, as Altinn's user list: a searchbox
// "Søk" that filters on name or organisation number as you type, ten rows at a time with "Se mer"
// for ten more, and one link per organisation named by its name alone.

import { h, replaceChildren } from '../dom.js';
import { t } from '../texts.js';
import { formatDisplayName } from '../format-name.js';
import { organisationList } from '../components.jsx';
import { searchField } from './search-field.js';
import { skeletonList } from './skeleton.js';
import { alertBox } from './alert-box.js';
import { keepRedrawing } from '../faults/redraw.js';
import { button } from './button.js';

const PAGE_SIZE = 10;
const SKELETON_ROWS = 5;

/**
 * @param hrefOf where an organisation's row leads
 * @param addButton makes a "Legg til leverandør" button, or is absent for a list without one
 * @param emptyText what an empty list says
 */
export function partyList({ hrefOf, addButton, emptyText }) {
  const element = h('div', { class: 'party-list' });
  const listSlot = h('div', { class: 'org-list-slot' });
  let parties = [];
  let query = '';
  let shown = PAGE_SIZE;

  const search = searchField({
    label: t.maskinporten.search,
    onInput: (value) => {
      query = value;
      shown = PAGE_SIZE;
      drawRows();
    },
  });
  const toolbar = h('div', { class: 'toolbar' }, search.element, addButton ? addButton() : null);

  function matches(party) {
    const q = query.trim().toLocaleLowerCase('nb');
    if (!q) return true;
    const digits = q.replace(/\s/g, '');
    return party.displayName.toLocaleLowerCase('nb').includes(q) || (/^\d+$/.test(digits) && party.orgnr.includes(digits));
  }

  function drawRows() {
    if (parties.length === 0 && !query.trim()) {
      listSlot.replaceChildren(h('p', { class: 'empty-text' }, emptyText));
      return;
    }
    const hits = parties.filter(matches);
    if (hits.length === 0) {
      listSlot.replaceChildren(h('div', { class: 'empty-state' }, h('p', { class: 'empty-text' }, t.maskinporten.noHits(query)), addButton ? addButton() : null));
      return;
    }
    const more = button(t.maskinporten.showMore, { look: 'secondary', className: 'show-more' });
    more.addEventListener('click', () => {
      shown += PAGE_SIZE;
      drawRows();
    });
    const rows = organisationList({ parties: hits.slice(0, shown), hrefOf, orgnrLine: t.maskinporten.orgnrLine });
    replaceChildren(listSlot, rows, hits.length > shown ? more : null);
  }

  return {
    element,
    /** The list with these organisations (the API's OrganisationViews), sorted by shown name. */
    show(list) {
      parties = list
        .map((p) => ({ ...p, displayName: formatDisplayName(p.registerName) }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
      element.replaceChildren(toolbar, listSlot);
      drawRows();
      keepRedrawing(listSlot, drawRows);
    },
    loading() {
      element.replaceChildren(skeletonList(SKELETON_ROWS));
    },
    failed(text) {
      element.replaceChildren(alertBox('danger', h('p', {}, text)));
    },
  };
}
