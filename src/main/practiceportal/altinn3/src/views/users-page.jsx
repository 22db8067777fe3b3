// /users: the people and organisations with rights, and "Ny bruker".

import { Fragment, useEffect, useState } from 'react';
import { api } from '../api.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { PageButton, PageHeading, SearchBox, UserList } from '../components.jsx';
import { LoadingBlock } from './loading-block.jsx';
import { NoAccessPage } from './no-access-page.jsx';
import { NewUserDialog } from './new-user-dialog.jsx';
import { useDocumentTitle } from './use-document-title.js';

/** The line under a user's name: the organisation number, or the roles and access packages. */
export function subtitle(user) {
  if (user.type === 'organisation') return t.maskinporten.orgnrLine(user.orgnr.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'));
  return [...user.roles, ...user.accessPackages].join(', ');
}

export function UsersPage({ profile }) {
  const u = t.users;
  if (!profile.userAdministrator) return <NoAccessPage profile={profile} crumb={u.heading} text={u.noAccessText} />;
  return <Users profile={profile} />;
}

function Users({ profile }) {
  const u = t.users;
  const [users, setUsers] = useState(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  // Every search draws the list anew, with new elements.
  const [drawing, setDrawing] = useState(0);
  const [adding, setAdding] = useState(false);
  useDocumentTitle(`${u.heading} - Altinn`);

  useEffect(() => {
    let alive = true;
    api('/users').then(
      (data) => alive && setUsers(data),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);

  function searched(value) {
    setQuery(value.trim().toLowerCase());
    setDrawing((n) => n + 1);
  }

  return (
    <>
      {breadcrumbs([{ text: u.heading }])}
      <div className="page-title">
        <PageHeading level={1} className="page-heading">
          {u.heading}
        </PageHeading>
        <p className="page-text">{u.intro(profile.actor.name)}</p>
      </div>
      <div className="toolbar">
        <SearchBox label={u.search} onInput={searched} />
        <PageButton text={u.newUser} icon="plus" onClick={() => setAdding(true)} />
      </div>
      <div className="org-list-slot">
        {failed ? (
          <p className="field-error" role="alert">
            {t.genericError}
          </p>
        ) : users ? (
          <Fragment key={drawing}>
            <UserRows users={users} query={query} />
          </Fragment>
        ) : (
          <LoadingBlock />
        )}
      </div>
      {adding ? <NewUserDialog profile={profile} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function UserRows({ users, query }) {
  const shown = users.filter((user) => !query || user.name.toLowerCase().includes(query) || (user.orgnr || '').includes(query.replace(/\s/g, '')));
  if (shown.length === 0) return <p className="empty-text">{t.users.noHits}</p>;
  return <UserList users={shown} hrefOf={paths.user} descriptionOf={subtitle} />;
}
