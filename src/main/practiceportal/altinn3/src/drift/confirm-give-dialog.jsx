// Change "a3-ny-bekreftelse": "Gi fullmakt for <API>" first asks in a dialog of its own, named by
// its heading and without a close button. Only "Bekreft" lets the delegation be stored; "Avbryt"
// or Escape stores nothing.

import { useEffect, useRef, useState } from 'react';
import { ModalDialog, PageButton } from '../components.jsx';
import { driftTexts } from './texts.js';

/** @param onClose called with whether the person confirmed, once the dialog has closed */
export function ConfirmGiveDialog({ supplierName, apiTitle, onClose }) {
  const confirmed = useRef(false);
  const confirm = useRef(null);
  useEffect(() => confirm.current.focus(), []);
  const close = (event) => event.currentTarget.closest('dialog').close();
  return (
    <ModalDialog closeLabel={false} heading={driftTexts.confirmGiveHeading} named size="sm" onClose={() => onClose(confirmed.current)}>
      <p>{driftTexts.confirmGiveText(supplierName, apiTitle)}</p>
      <div className="button-row">
        <PageButton
          ref={confirm}
          text={driftTexts.confirm}
          onClick={(event) => {
            confirmed.current = true;
            close(event);
          }}
        />
        <PageButton text={driftTexts.cancel} look="secondary" onClick={close} />
      </div>
    </ModalDialog>
  );
}

/**
 * The question for an action that waits for it.
 *
 * @returns the dialog to draw while it asks (or null), and confirmGive(apiTitle), which resolves
 *     true when the person confirms
 */
export function useConfirmGive(supplierName) {
  const [asking, setAsking] = useState(null);
  const confirmGive = (apiTitle) => new Promise((resolve) => setAsking({ apiTitle, resolve }));
  const dialog = asking ? (
    <ConfirmGiveDialog
      supplierName={supplierName}
      apiTitle={asking.apiTitle}
      onClose={(confirmed) => {
        setAsking(null);
        asking.resolve(confirmed);
      }}
    />
  ) : null;
  return [dialog, confirmGive];
}
