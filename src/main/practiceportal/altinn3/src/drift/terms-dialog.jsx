// Change "a3-ekstra-steg": after "Legg til virksomhet" comes "Vilkår for leverandører". Only
// "Fortsett", with the box ticked, stores the supplier.

import { useEffect, useRef, useState } from 'react';
import { DsCheckbox } from '@altinn/altinn-components';
import { uid } from '../unique-id.js';
import { t } from '../texts.js';
import { ModalDialog, PageButton } from '../components.jsx';
import { LookupErrorMessage } from '../views/lookup-error-message.jsx';
import { driftTexts } from './texts.js';

/**
 * @param store stores the supplier; resolves when it is stored, rejects when it failed
 * @param onStored called after the dialog has closed
 * @param onClose called once the dialog has closed
 */
export function TermsDialog({ store, onStored, onClose }) {
  const [boxId] = useState(() => uid('terms'));
  const box = useRef(null);
  const [ticked, setTicked] = useState(false);
  const [busy, setBusy] = useState(false);
  // null, or { status } of a failed store
  const [error, setError] = useState(null);
  const disabled = busy || !ticked;

  // After the dialog has opened (its effect runs first, as it is drawn inside this one).
  useEffect(() => {
    box.current.focus();
  }, []);

  const submit = async (event) => {
    event.preventDefault();
    const dialog = event.currentTarget.closest('dialog');
    if (!box.current.checked || disabled) return;
    setBusy(true);
    setError(null);
    try {
      await store();
    } catch (e) {
      setBusy(false);
      setError({ status: e.status });
      return;
    }
    dialog.close();
    onStored();
  };

  // The checkbox is left uncontrolled.
  return (
    <ModalDialog named heading={driftTexts.termsHeading} closeLabel={t.addSupplierDialog.close} onClose={onClose}>
      <form className="modal-form" noValidate onSubmit={submit}>
        <DsCheckbox id={boxId} ref={box} label={driftTexts.termsCheckbox} onChange={(event) => setTicked(event.target.checked)} />
        <div className="submit-error" aria-live="assertive">
          {error ? <LookupErrorMessage status={error.status} /> : null}
        </div>
        <div className="button-row">
          <PageButton text={driftTexts.termsContinue} type="submit" disabled={disabled} aria-busy={busy ? 'true' : undefined} />
        </div>
      </form>
    </ModalDialog>
  );
}
