// The organisation number field of "Ny bruker", as Altinn's: spaces are taken out as you type, and
// at exactly nine characters the number is looked up, with no loading indicator. The answer goes
// to a polite live region below the field; refusals go, as alert boxes without a role, to an
// assertive live region above it. The acting organisation's own number is refused without asking
// the server. Every change empties both regions, and what comes next is drawn anew.

import { Fragment, useRef, useState } from 'react';
import { api } from '../api.js';
import { uid } from '../dom.js';
import { t } from '../texts.js';
import { AlertBox, PageHeading, PageTextField } from '../components.jsx';
import { LookupError } from './lookup-error.jsx';

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

function OwnNumberWarning({ help }) {
  return (
    <AlertBox colour="warning">
      <PageHeading level={3} className="alert-heading">
        {t.lookup.ownNumber}
      </PageHeading>
      <p>{help}</p>
    </AlertBox>
  );
}

/**
 * The assertive messages, the field and the polite result, in that order.
 *
 * @param ownOrgnr the acting organisation's number
 * @param ownNumberHelp the paragraph under "Du kan ikke gi tilgang til eget organisasjonsnummer"
 * @param onChange receives the organisation found, or null while there is none
 */
export function OrgnrLookup({ ownOrgnr, ownNumberHelp, onChange }) {
  const [id] = useState(() => uid('orgnr'));
  const generation = useRef(0);
  // Each with the change it belongs to, so that it is drawn anew.
  const [message, setMessage] = useState(null);
  const [result, setResult] = useState(null);

  async function lookUp(orgnr, mine) {
    let found = null;
    try {
      found = await api(`/lookup/organisation/${encodeURIComponent(orgnr)}`);
      if (mine !== generation.current) return;
      setResult({ mine, node: <FoundOrganisation organisation={found} /> });
    } catch (error) {
      if (mine !== generation.current) return;
      setMessage({ mine, node: <LookupError status={error.status} /> });
    }
    onChange(found);
  }

  function changed(event) {
    const input = event.target;
    const value = input.value.replace(/ /g, '');
    if (value !== input.value) input.value = value;
    generation.current += 1;
    setMessage(null);
    setResult(null);
    onChange(null);
    if (value.length !== 9) return;
    if (value === ownOrgnr) setMessage({ mine: generation.current, node: <OwnNumberWarning help={ownNumberHelp} /> });
    else lookUp(value, generation.current);
  }

  return (
    <>
      <div className="lookup-messages" aria-live="assertive">
        {message ? <Fragment key={message.mine}>{message.node}</Fragment> : null}
      </div>
      <PageTextField id={id} label={t.addSupplierDialog.orgnrLabel} onChange={changed} />
      <div className="lookup-result" aria-live="polite">
        {result ? <Fragment key={result.mine}>{result.node}</Fragment> : null}
      </div>
    </>
  );
}
