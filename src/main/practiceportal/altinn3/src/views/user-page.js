// /users/<id>: one user's rights, in the tabs "Tilgangspakker", "Enkelttjenester" (#singleRights),
// "Delt fra innboks" and "Roller".

import { api } from '../api.js';
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { avatar } from '../components/avatar.js';
import { searchField } from '../components/search-field.js';
import { serviceRows } from '../components/service-row.js';
import { loadingBlock } from '../components/spinner.js';
import { showSnackbar } from '../components/snackbar.js';
import { tabs } from '../components/tabs.js';
import { noAccessPage } from './no-access-page.js';
import { subtitle } from './users-page.js';
import { openSingleRightDialog } from './single-right-dialog.js';
import { button } from '../components/button.js';
import { heading } from '../components/heading.js';

export function userPage(main, context, id) {
  const u = t.users;
  if (!context.profile.userAdministrator) {
    noAccessPage(main, context, u.heading, u.noAccessText);
    return;
  }
  const crumbs = h('div', { class: 'breadcrumb-slot' }, breadcrumbs([{ text: u.heading, href: paths.users }]));
  const card = h('div', { class: 'card' }, loadingBlock());
  main.append(crumbs, card);

  api(`/users/${encodeURIComponent(id)}`).then(
    (view) => context.alive() && render(view),
    (error) =>
      context.alive() &&
      card.replaceChildren(
        backLink(),
        heading(1, error.status === 404 ? u.notFoundHeading : t.genericError, { className: 'page-heading' }),
      ),
  );

  function backLink() {
    return h('a', { href: paths.users, class: 'back-link' }, icon('arrow-left'), u.back);
  }

  function render(view) {
    const { user, actor } = view;
    document.title = `${user.name} - Altinn`;
    crumbs.replaceChildren(breadcrumbs([{ text: u.heading, href: paths.users }, { text: user.name }]));
    const items = [
      { id: 'accessPackages', label: u.accessPackagesTab, render: (panel) => nameList(panel, user.accessPackages, u.noAccessPackages) },
      { id: 'singleRights', label: u.singleRightsTab, render: (panel) => singleRights(panel, view) },
      { id: 'sharedFromInbox', label: u.sharedTab, render: (panel) => panel.append(h('p', { class: 'empty-text' }, u.noShared)) },
      { id: 'roles', label: u.rolesTab, render: (panel) => nameList(panel, user.roles, u.noRoles) },
    ];
    const tabBar = tabs({
      items,
      onSelect: (item, panel, fromUser) => {
        if (fromUser) history.replaceState(null, '', `#${item.id}`);
        panel.replaceChildren();
        item.render(panel);
      },
    });
    card.replaceChildren(
      h('div', { class: 'card-top' }, backLink()),
      h(
        'div',
        { class: 'supplier-heading' },
        avatar(user.name, 'lg', user.type === 'organisation' ? 'company' : 'person'),
        h('div', {}, heading(1, user.name, { className: 'page-heading' }), h('p', { class: 'for-actor' }, [subtitle(user), u.forActor(actor.name)].filter(Boolean).join(' · '))),
      ),
      tabBar.element,
    );
    tabBar.select(Math.max(0, tabBar.indexOf(location.hash.slice(1))));
  }

  function nameList(panel, names, empty) {
    panel.append(
      names.length === 0
        ? h('p', { class: 'empty-text' }, empty)
        : h('ul', { class: 'api-list' }, names.map((name) => h('li', { class: 'api-row' }, h('div', { class: 'api-row-head' }, name)))),
    );
  }

  function singleRights(panel, view) {
    const { user } = view;
    let rights = view.singleRights;
    let query = '';
    const count = heading(2, '', { className: 'section-heading' });
    const listSlot = h('div', { class: 'api-list-slot' });
    const search = searchField({
      label: u.searchServices,
      size: 'sm',
      onInput: (value) => {
        query = value.trim().toLowerCase();
        renderList();
      },
    });
    const give = button(t.supplier.give, { icon: 'plus' });
    give.addEventListener('click', () =>
      openSingleRightDialog({
        user,
        given: rights.map((r) => r.identifier),
        onClose: () => {
          if (!context.alive()) return;
          api(`/users/${encodeURIComponent(user.id)}`).then((fresh) => {
            if (!context.alive()) return;
            rights = fresh.singleRights;
            renderList();
          });
        },
      }),
    );
    panel.append(count, h('div', { class: 'toolbar' }, search.element, give), listSlot);

    async function remove(service) {
      try {
        await api(`/users/${encodeURIComponent(user.id)}/singlerights/${encodeURIComponent(service.identifier)}`, { method: 'DELETE' });
      } catch (e) {
        showSnackbar(t.genericError, 'danger');
        return false;
      }
      rights = rights.filter((r) => r.identifier !== service.identifier);
      renderList();
      showSnackbar(u.removedToast(user.name, service.title));
      return true;
    }

    function renderList() {
      count.textContent = u.singleRightsCount(rights.length);
      const shown = rights.filter((r) => !query || r.title.toLowerCase().includes(query));
      listSlot.replaceChildren(
        rights.length === 0
          ? h('p', { class: 'empty-text' }, u.noSingleRights)
          : serviceRows(shown, { isGiven: () => true, onRemove: remove }),
      );
    }
    renderList();
  }
}
