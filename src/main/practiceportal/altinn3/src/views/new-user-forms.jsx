// The forms in "Ny bruker": "Person" (fødselsnummer and etternavn) and "Virksomhet" (the
// organisation number, looked up as it is typed). While the user is being added, a small spinner
// stands beside the disabled button.

import { useRef, useState } from 'react';
import { uid } from '../unique-id.js';
import { t } from '../texts.js';
import { PageButton, PageTextField, Spinner } from '../components.jsx';
import { OrganisationLookup } from './organisation-lookup.jsx';
import { LookupErrorMessage } from './lookup-error-message.jsx';

function Busy({ busy }) {
  return <span className="button-busy">{busy ? <Spinner name={t.spinner} size="sm" /> : null}</span>;
}

/** @param onAdd (form, body, busy, onError) adds the user */
export function PersonForm({ onAdd }) {
  const u = t.users;
  const [ids] = useState(() => ({ pid: uid('pid'), lastName: uid('last-name') }));
  const pid = useRef(null);
  const lastName = useRef(null);
  const [disabled, setDisabled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

  function submitted(event) {
    event.preventDefault();
    setDisabled(true);
    setError(null);
    onAdd(event.currentTarget, { pid: pid.current.value.replace(/\s/g, ''), lastName: lastName.current.value }, setBusy, (e) => {
      setDisabled(false);
      setError(e.code === 'SPERRET' ? t.lookup.lockedOut : e.code === 'UKJENT_PERSON' ? u.unknownPerson : t.genericError);
    });
  }

  return (
    <form className="modal-form" noValidate onSubmit={submitted}>
      <PageTextField id={ids.pid} label={u.pidLabel} inputMode="numeric" ref={pid} />
      <PageTextField id={ids.lastName} label={u.lastNameLabel} ref={lastName} />
      <div className="submit-error">
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <PageButton text={u.addPerson} type="submit" disabled={disabled} />
        <Busy busy={busy} />
      </div>
    </form>
  );
}

/**
 * @param ownOrgnr the acting organisation's number, refused without asking the server
 * @param onAdd (form, body, busy, onError) adds the user
 */
export function OrganisationForm({ ownOrgnr, onAdd }) {
  const [found, setFound] = useState(null);
  const [disabled, setDisabled] = useState(true);
  const [busy, setBusy] = useState(false);
  // The status of the refusal, with the attempt it belongs to, so that each is drawn anew.
  const [refusal, setRefusal] = useState(null);
  const attempts = useRef(0);

  function lookedUp(organisation) {
    setFound(organisation);
    setDisabled(!organisation);
    setRefusal(null);
  }

  function submitted(event) {
    event.preventDefault();
    if (!found || disabled) return;
    setDisabled(true);
    attempts.current += 1;
    const attempt = attempts.current;
    onAdd(event.currentTarget, { orgnr: found.orgnr }, setBusy, (e) => {
      setDisabled(false);
      setRefusal({ status: e.status, attempt });
    });
  }

  return (
    <form className="modal-form" noValidate onSubmit={submitted}>
      <OrganisationLookup ownOrgnr={ownOrgnr} ownNumberHelp={t.lookup.ownNumberHelpUser} onChange={lookedUp} />
      <div className="submit-error" aria-live="assertive">
        {refusal ? <LookupErrorMessage key={refusal.attempt} status={refusal.status} /> : null}
      </div>
      <div className="button-row">
        <PageButton text={t.addSupplierDialog.submit} type="submit" disabled={disabled} />
        <Busy busy={busy} />
      </div>
    </form>
  );
}
