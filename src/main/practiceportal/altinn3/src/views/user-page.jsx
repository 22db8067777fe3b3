// /users/<id>: one user's rights, in the tabs "Tilgangspakker", "Enkelttjenester" (#singleRights),
// "Delt fra innboks" and "Roller".

import { Fragment, useEffect, useState } from 'react';
import { api } from '../api.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { PageHeading, PartyAvatar } from '../components.jsx';
import { InlineIcon } from '../controls/inline-icon.jsx';
import { LoadingBlock } from './loading-block.jsx';
import { NoAccessPage } from './no-access-page.jsx';
import { RedrawnTabs } from './redrawn-tabs.jsx';
import { SingleRightsPanel } from './single-rights-panel.jsx';
import { subtitle } from './users-page.jsx';
import { useDocumentTitle } from './use-document-title.js';

export function UserPage({ profile, params: [id] }) {
  const u = t.users;
  if (!profile.userAdministrator) return <NoAccessPage profile={profile} crumb={u.heading} text={u.noAccessText} />;
  return <UserRights id={id} />;
}

function BackLink() {
  return (
    <a href={paths.users} className="back-link">
      <InlineIcon name="arrow-left" />
      {t.users.back}
    </a>
  );
}

function UserRights({ id }) {
  const u = t.users;
  const [view, setView] = useState(null);
  const [failure, setFailure] = useState(null);
  useDocumentTitle(view ? `${view.user.name} - Altinn` : null);

  useEffect(() => {
    let alive = true;
    api(`/users/${encodeURIComponent(id)}`).then(
      (found) => alive && setView(found),
      (error) => alive && setFailure(error),
    );
    return () => {
      alive = false;
    };
  }, []);

  const trail = [{ text: u.heading, href: paths.users }];
  return (
    <>
      <div className="breadcrumb-slot">
        <Fragment key={view ? 'user' : 'users'}>{breadcrumbs(view ? [...trail, { text: view.user.name }] : trail)}</Fragment>
      </div>
      <div className="card">{view ? <UserCard view={view} /> : failure ? <Failure error={failure} /> : <LoadingBlock />}</div>
    </>
  );
}

function Failure({ error }) {
  const u = t.users;
  return (
    <>
      <BackLink />
      <PageHeading level={1} className="page-heading">
        {error.status === 404 ? u.notFoundHeading : t.genericError}
      </PageHeading>
    </>
  );
}

function UserCard({ view }) {
  const u = t.users;
  const { user, actor } = view;
  const items = [
    { id: 'accessPackages', label: u.accessPackagesTab, draw: () => <NameList names={user.accessPackages} empty={u.noAccessPackages} /> },
    { id: 'singleRights', label: u.singleRightsTab, draw: () => <SingleRightsPanel view={view} /> },
    { id: 'sharedFromInbox', label: u.sharedTab, draw: () => <p className="empty-text">{u.noShared}</p> },
    { id: 'roles', label: u.rolesTab, draw: () => <NameList names={user.roles} empty={u.noRoles} /> },
  ];
  const [first] = useState(() => (items.find((item) => item.id === location.hash.slice(1)) || items[0]).id);
  return (
    <>
      <div className="card-top">
        <BackLink />
      </div>
      <div className="supplier-heading">
        <PartyAvatar name={user.name || '?'} size="lg" type={user.type === 'organisation' ? 'company' : 'person'} />
        <div>
          <PageHeading level={1} className="page-heading">
            {user.name}
          </PageHeading>
          <p className="for-actor">{[subtitle(user), u.forActor(actor.name)].filter(Boolean).join(' · ')}</p>
        </div>
      </div>
      <RedrawnTabs items={items} first={first} onChosen={(chosen) => history.replaceState(null, '', `#${chosen}`)} />
    </>
  );
}

function NameList({ names, empty }) {
  if (names.length === 0) return <p className="empty-text">{empty}</p>;
  return (
    <ul className="api-list">
      {names.map((name, i) => (
        <li key={i} className="api-row">
          <div className="api-row-head">{name}</div>
        </li>
      ))}
    </ul>
  );
}
