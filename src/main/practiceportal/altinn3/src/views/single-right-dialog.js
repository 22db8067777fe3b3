// "Gi <name> fullmakt til ny tjeneste": search services that can be given as single rights.
// Maskinporten APIs are never offered here, exactly as in Altinn.

import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { t } from '../texts.js';
import { openNamedDialog } from '../components/dialog.js';
import { searchField } from '../components/search-field.js';
import { serviceRows } from '../components/service-row.js';
import { loadingBlock } from '../components/spinner.js';
import { showSnackbar } from '../components/snackbar.js';

const SEARCH_DEBOUNCE_MS = 250;

export function openSingleRightDialog({ user, given, onClose }) {
  const u = t.users;
  const givenIds = new Set(given);
  const modal = openNamedDialog({ heading: u.giveHeading(user.name), closeLabel: t.giveDialog.close, size: 'lg', onClose });
  const hits = h('p', { class: 'hit-count', 'aria-live': 'polite' });
  const results = h('div', { class: 'api-list-slot' }, loadingBlock());
  const switchId = uid('switch');
  const expiredSwitch = h('input', { id: switchId, type: 'checkbox', role: 'switch', class: 'switch-input' });
  let generation = 0;
  let timer;
  const search = searchField({
    label: u.searchServices,
    clearLabel: t.supplier.clearSearch,
    size: 'sm',
    onInput: () => {
      clearTimeout(timer);
      timer = setTimeout(runSearch, SEARCH_DEBOUNCE_MS);
    },
  });
  expiredSwitch.addEventListener('change', runSearch);
  modal.body.append(
    h('div', { class: 'toolbar toolbar-left' }, search.element, h('label', { for: switchId, class: 'switch' }, expiredSwitch, h('span', {}, u.showExpired))),
    hits,
    results,
  );
  search.input.focus();
  runSearch();

  async function runSearch() {
    generation += 1;
    const mine = generation;
    hits.textContent = '';
    results.replaceChildren(loadingBlock());
    const query = encodeURIComponent(search.input.value.trim());
    try {
      const found = await api(`/singlerights/resources?search=${query}&includeExpired=${expiredSwitch.checked}`);
      if (mine !== generation || !modal.dialog.isConnected) return;
      hits.textContent = t.giveDialog.hits(found.length);
      results.replaceChildren(serviceRows(found, { isGiven: (id) => givenIds.has(id), onGive: give, onRemove: remove }));
    } catch (e) {
      if (mine === generation) results.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError));
    }
  }

  const base = `/users/${encodeURIComponent(user.id)}/singlerights`;

  async function give(service) {
    try {
      await api(base, { method: 'POST', body: { identifier: service.identifier } });
    } catch (e) {
      showSnackbar(t.genericError, 'danger');
      return false;
    }
    givenIds.add(service.identifier);
    showSnackbar(u.givenToast(user.name, service.title));
    return true;
  }

  async function remove(service) {
    try {
      await api(`${base}/${encodeURIComponent(service.identifier)}`, { method: 'DELETE' });
    } catch (e) {
      showSnackbar(t.genericError, 'danger');
      return false;
    }
    givenIds.delete(service.identifier);
    showSnackbar(u.removedToast(user.name, service.title));
    return true;
  }
}
