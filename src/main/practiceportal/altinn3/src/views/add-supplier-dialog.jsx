// "Legg til leverandør": look an organisation number up, then "Legg til virksomhet" makes it a
// supplier and opens its page. An organisation that already is a supplier is not added twice; the
// page just opens.

import { useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { navigate } from '../shell/router.js';
import { changed } from '../practice-settings.js';
import { ModalDialog, PageButton } from '../components.jsx';
import { OrganisationLookup } from './organisation-lookup.jsx';
import { LookupErrorMessage } from './lookup-error-message.jsx';

/**
 * @param ownOrgnr the acting organisation's number
 * @param onTerms change "a3-ekstra-steg": receives { store, onStored } for the terms dialog that
 *     comes after this one
 * @param onClose called once the dialog has closed
 */
export function AddSupplierDialog({ ownOrgnr, onTerms, onClose }) {
  const d = t.addSupplierDialog;
  const input = useRef(null);
  const [found, setFound] = useState(null);
  const [busy, setBusy] = useState(false);
  // null, or { status } of a failed add
  const [submitError, setSubmitError] = useState(null);
  // Change "a3-knapp-deaktivert": the button never comes alive.
  const disabled = busy || !found || changed('a3-knapp-deaktivert');

  // After the dialog has opened (its effect runs first, as it is drawn inside this one).
  useEffect(() => {
    input.current.focus();
  }, []);

  const lookedUp = (organisation) => {
    setFound(organisation);
    setSubmitError(null);
  };

  const submit = async (event) => {
    event.preventDefault();
    const dialog = event.currentTarget.closest('dialog');
    const organisation = found;
    if (!organisation || disabled) return;
    const store = () => api('/maskinporten/suppliers', { method: 'POST', body: { orgnr: organisation.orgnr } });
    const openSupplier = () => navigate(paths.supplier(organisation.orgnr));
    if (changed('a3-ekstra-steg')) {
      dialog.close();
      onTerms({ store, onStored: openSupplier });
      return;
    }
    setBusy(true);
    try {
      await store();
    } catch (error) {
      setBusy(false);
      setSubmitError({ status: error.status });
      return;
    }
    dialog.close();
    openSupplier();
  };

  return (
    <ModalDialog named heading={d.heading} closeLabel={d.close} onClose={onClose}>
      <form className="modal-form" noValidate onSubmit={submit}>
        <OrganisationLookup ownOrgnr={ownOrgnr} ownNumberHelp={t.lookup.ownNumberHelpApi} onChange={lookedUp} inputRef={input} />
        <div className="submit-error" aria-live="assertive">
          {submitError ? <LookupErrorMessage status={submitError.status} /> : null}
        </div>
        <div className="button-row">
          <PageButton
            text={d.submit}
            type="submit"
            disabled={disabled}
            aria-busy={busy ? 'true' : undefined}
            aria-disabled={busy ? 'true' : undefined}
          />
        </div>
      </form>
    </ModalDialog>
  );
}
