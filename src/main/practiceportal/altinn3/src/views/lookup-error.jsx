// What Altinn says when looking up or adding an organisation fails, by the HTTP status: 400 is
// "Fant ingen organisasjon …" (also when the ADD call answers 400), 429 the lockout, anything
// else the technical message with the time and the status. The boxes are alert boxes WITHOUT a
// role, as Altinn's.

import { useState } from 'react';
import { t } from '../texts.js';
import { AlertBox } from '../components.jsx';

export function LookupError({ status }) {
  if (status === 400) {
    return (
      <AlertBox colour="danger">
        <p>{t.lookup.notFound}</p>
      </AlertBox>
    );
  }
  if (status === 429) {
    return (
      <AlertBox colour="danger">
        <p>{t.lookup.lockedOut}</p>
      </AlertBox>
    );
  }
  return (
    <AlertBox colour="danger">
      <p>{t.errors.generalParagraph}</p>
      <TechnicalErrorParagraphs status={status} />
    </AlertBox>
  );
}

/** "Det har skjedd en teknisk feil. …" and "Tidspunkt feilen inntraff: 14:03:22 - HttpStatus: 503". */
function TechnicalErrorParagraphs({ status }) {
  const [time] = useState(() => new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }));
  return (
    <>
      <p>{t.errors.technical}</p>
      <p>{t.errors.whenAndStatus(time, status)}</p>
    </>
  );
}
