// The organisation number field of "Legg til leverandør" and "Ny bruker", as Altinn's: spaces are
// taken out as you type, and at exactly nine characters the number is looked up, with no loading
// indicator. The answer goes to a polite live region below the field; refusals go, as alert boxes
// without a role, to an assertive live region above it. The acting organisation's own number is
// refused without asking the server. Every change empties both regions, and what comes next is
// drawn anew.

import { useRef, useState } from 'react';
import { api } from '../api.js';
import { uid } from '../unique-id.js';
import { t } from '../texts.js';
import { AlertBox, PageHeading, PageTextField } from '../components.jsx';
import { LookupErrorMessage } from './lookup-error-message.jsx';

function OwnNumberMessage({ help }) {
  return (
    <AlertBox colour="warning">
      <PageHeading level={3} className="alert-heading">
        {t.lookup.ownNumber}
      </PageHeading>
      <p>{help}</p>
    </AlertBox>
  );
}

function FoundOrganisation({ organisation }) {
  return (
    <>
      <PageHeading level={3} className="lookup-heading">
        {t.addSupplierDialog.youAreAdding}
      </PageHeading>
      <p className="lookup-name">
        <strong>{organisation.registerName}</strong>
      </p>
      <p className="lookup-orgnr">{t.orgnrShort(organisation.groupedOrgnr)}</p>
    </>
  );
}

/**
 * The messages, the field and the result, in that order.
 *
 * @param ownOrgnr the acting organisation's number
 * @param ownNumberHelp the paragraph under "Du kan ikke gi tilgang til eget organisasjonsnummer"
 * @param onChange receives the organisation found, or null while there is none
 * @param inputRef receives the input
 */
export function OrganisationLookup({ ownOrgnr, ownNumberHelp, onChange, inputRef }) {
  const [id] = useState(() => uid('orgnr'));
  const generation = useRef(0);
  // null, { own: true } or { status } of a failed lookup, with the change it belongs to
  const [message, setMessage] = useState(null);
  const [found, setFound] = useState(null);

  async function lookUp(orgnr, mine) {
    let organisation = null;
    try {
      organisation = await api(`/lookup/organisation/${encodeURIComponent(orgnr)}`);
      if (mine !== generation.current) return;
      setFound(organisation);
    } catch (error) {
      if (mine !== generation.current) return;
      setMessage({ status: error.status, mine });
    }
    onChange(organisation);
  }

  // The input is left uncontrolled: the spaces are taken out of it here.
  const typed = (input) => {
    const value = input.value.replace(/ /g, '');
    if (value !== input.value) input.value = value;
    generation.current += 1;
    setFound(null);
    setMessage(null);
    onChange(null);
    if (value.length !== 9) return;
    if (value === ownOrgnr) setMessage({ own: true, mine: generation.current });
    else lookUp(value, generation.current);
  };

  let shownMessage = null;
  if (message && message.own) shownMessage = <OwnNumberMessage key={message.mine} help={ownNumberHelp} />;
  else if (message) shownMessage = <LookupErrorMessage key={message.mine} status={message.status} />;
  return (
    <>
      <div className="lookup-messages" aria-live="assertive">
        {shownMessage}
      </div>
      <PageTextField id={id} label={t.addSupplierDialog.orgnrLabel} ref={inputRef} onChange={(event) => typed(event.target)} />
      <div className="lookup-result" aria-live="polite">
        {found ? <FoundOrganisation organisation={found} /> : null}
      </div>
    </>
  );
}
