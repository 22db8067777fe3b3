// "Ny bruker" → "Legg til ny person eller virksomhet" with the tabs "Person" and "Virksomhet".
// Once added, the dialog closes and the new user's page opens.

import { api } from '../api.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { navigate } from '../shell/router.js';
import { ModalDialog } from '../components.jsx';
import { RedrawnTabs } from './redrawn-tabs.jsx';
import { PersonForm, OrganisationForm } from './new-user-forms.jsx';

/** @param onClose called once the dialog has closed; the page then stops drawing it */
export function NewUserDialog({ profile, onClose }) {
  const u = t.users;

  /**
   * Adds the user from the form; busy(true) while it is stored, onError(error) when it was refused.
   */
  async function add(form, body, busy, onError) {
    busy(true);
    try {
      const { id } = await api('/users', { method: 'POST', body });
      form.closest('dialog').close();
      navigate(paths.user(id));
    } catch (error) {
      busy(false);
      onError(error);
    }
  }

  const items = [
    { id: 'person', label: u.personTab, icon: 'person', draw: () => <PersonForm onAdd={add} /> },
    {
      id: 'organisation',
      label: u.organisationTab,
      icon: 'building',
      draw: () => <OrganisationForm ownOrgnr={profile.actor.orgnr} onAdd={add} />,
    },
  ];
  return (
    <ModalDialog heading={u.newUserHeading} named closeLabel={t.addSupplierDialog.close} onClose={onClose}>
      <RedrawnTabs items={items} first="person" focusFirst />
    </ModalDialog>
  );
}
