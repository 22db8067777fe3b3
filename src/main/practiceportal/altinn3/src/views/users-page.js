// /users: the people and organisations with rights, and "Ny bruker".

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/breadcrumbs.js';
import { userList } from '../components.jsx';
import { loadingBlock } from '../components/spinner.js';
import { searchField } from '../components/search-field.js';
import { noAccessPage } from './no-access-page.js';
import { openNewUserDialog } from './new-user-dialog.js';
import { button } from '../components/button.js';
import { heading } from '../components/heading.js';

export function subtitle(user) {
  if (user.type === 'organisation') return t.maskinporten.orgnrLine(user.orgnr.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'));
  return [...user.roles, ...user.accessPackages].join(', ');
}

export function usersPage(main, context) {
  const u = t.users;
  if (!context.profile.userAdministrator) {
    noAccessPage(main, context, u.heading, u.noAccessText);
    return;
  }
  document.title = `${u.heading} - Altinn`;
  const list = h('div', { class: 'org-list-slot' }, loadingBlock());
  let users = null;
  let query = '';
  const search = searchField({
    label: u.search,
    onInput: (value) => {
      query = value.trim().toLowerCase();
      renderList();
    },
  });
  const newUser = button(u.newUser, { icon: 'plus' });
  newUser.addEventListener('click', () => openNewUserDialog(context));
  main.append(
    breadcrumbs([{ text: u.heading }]),
    h('div', { class: 'page-title' }, heading(1, u.heading, { className: 'page-heading' }), h('p', { class: 'page-text' }, u.intro(context.profile.actor.name))),
    h('div', { class: 'toolbar' }, search.element, newUser),
    list,
  );

  function renderList() {
    if (!users) return;
    const shown = users.filter((user) => !query || user.name.toLowerCase().includes(query) || (user.orgnr || '').includes(query.replace(/\s/g, '')));
    list.replaceChildren(
      shown.length === 0
        ? h('p', { class: 'empty-text' }, u.noHits)
        : userList({ users: shown, hrefOf: paths.user, descriptionOf: subtitle }),
    );
  }

  api('/users').then(
    (data) => {
      if (!context.alive()) return;
      users = data;
      renderList();
    },
    () => context.alive() && list.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError)),
  );
}
