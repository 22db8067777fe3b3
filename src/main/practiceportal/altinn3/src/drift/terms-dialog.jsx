// Change "a3-ekstra-steg": after "Legg til virksomhet" comes "Vilkår for leverandører". Only
// "Fortsett", with the box ticked, stores the supplier.

import { useEffect, useRef, useState } from 'react';
import { t } from '../texts.js';
import { ModalDialog, PageButton } from '../components.jsx';
import { LookupErrorMessage } from '../messages/lookup-error.jsx';
import { driftTexts } from './texts.js';

let boxes = 0;

/**
 * @param store stores the supplier; resolves when it is stored, rejects when it failed
 * @param onStored called after the dialog has closed
 * @param onClose called once the dialog has closed; the parent then stops drawing it
 */
export function TermsDialog({ store, onStored, onClose }) {
  const [boxId] = useState(() => `terms-${(boxes += 1)}`);
  const box = useRef(null);
  // As Altinn's button: off until the box is ticked, and while the supplier is stored.
  const [nextDisabled, setNextDisabled] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failedStatus, setFailedStatus] = useState(null);
  useEffect(() => box.current.focus(), []);

  async function submit(event) {
    event.preventDefault();
    const dialog = event.currentTarget.closest('dialog');
    if (!box.current.checked || nextDisabled) return;
    setNextDisabled(true);
    setBusy(true);
    setFailedStatus(null);
    try {
      await store();
    } catch (e) {
      setNextDisabled(false);
      setBusy(false);
      setFailedStatus(e.status);
      return;
    }
    dialog.close();
    onStored();
  }

  return (
    <ModalDialog heading={driftTexts.termsHeading} named closeLabel={t.addSupplierDialog.close} onClose={onClose}>
      <form className="modal-form" noValidate onSubmit={submit}>
        <label className="checkbox" htmlFor={boxId}>
          <input ref={box} type="checkbox" id={boxId} onChange={(event) => setNextDisabled(!event.target.checked)} />
          {driftTexts.termsCheckbox}
        </label>
        <div className="submit-error" aria-live="assertive">
          {failedStatus !== null ? <LookupErrorMessage status={failedStatus} /> : null}
        </div>
        <div className="button-row">
          <PageButton text={driftTexts.termsContinue} type="submit" disabled={nextDisabled} aria-busy={busy ? 'true' : undefined} />
        </div>
      </form>
    </ModalDialog>
  );
}
