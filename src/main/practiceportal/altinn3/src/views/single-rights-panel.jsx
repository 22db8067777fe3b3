// "Enkelttjenester" on a user's page: "Fullmakt til N enkelttjenester", a search among them,
// "Gi fullmakt" (the dialog to give more) and each service with "Slett fullmakt". The list is
// drawn anew, with new elements, after every search and change.

import { Fragment, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { t } from '../texts.js';
import { PageButton, PageHeading, SearchBox } from '../components.jsx';
import { showSnackbar } from '../messages/show-snackbar.js';
import { ServiceRows } from './service-rows.jsx';
import { SingleRightDialog } from './single-right-dialog.jsx';

/** @param view the user's page as the API gave it when the page opened */
export function SingleRightsPanel({ view }) {
  const u = t.users;
  const { user } = view;
  const [rights, setRights] = useState(view.singleRights);
  const [query, setQuery] = useState('');
  const [drawing, setDrawing] = useState(0);
  const [giving, setGiving] = useState(false);
  const shownNow = useRef(true);
  useEffect(
    () => () => {
      shownNow.current = false;
    },
    [],
  );

  async function remove(service) {
    try {
      await api(`/users/${encodeURIComponent(user.id)}/singlerights/${encodeURIComponent(service.identifier)}`, { method: 'DELETE' });
    } catch (e) {
      showSnackbar(t.genericError, 'danger');
      return false;
    }
    setRights((now) => now.filter((r) => r.identifier !== service.identifier));
    setDrawing((n) => n + 1);
    showSnackbar(u.removedToast(user.name, service.title));
    return true;
  }

  // After the dialog the rights are fetched again.
  function dialogClosed() {
    setGiving(false);
    if (!shownNow.current) return;
    api(`/users/${encodeURIComponent(user.id)}`).then((fresh) => {
      if (!shownNow.current) return;
      setRights(fresh.singleRights);
      setDrawing((n) => n + 1);
    });
  }

  const shown = rights.filter((r) => !query || r.title.toLowerCase().includes(query));
  return (
    <>
      <PageHeading level={2} className="section-heading">
        {u.singleRightsCount(rights.length)}
      </PageHeading>
      <div className="toolbar">
        <SearchBox
          label={u.searchServices}
          size="sm"
          onInput={(value) => {
            setQuery(value.trim().toLowerCase());
            setDrawing((n) => n + 1);
          }}
        />
        <PageButton text={t.supplier.give} icon="plus" onClick={() => setGiving(true)} />
      </div>
      <div className="api-list-slot">
        <Fragment key={drawing}>
          {rights.length === 0 ? <p className="empty-text">{u.noSingleRights}</p> : <ServiceRows services={shown} isGiven={() => true} onRemove={remove} />}
        </Fragment>
      </div>
      {giving ? <SingleRightDialog user={user} given={rights.map((r) => r.identifier)} onClose={dialogClosed} /> : null}
    </>
  );
}
