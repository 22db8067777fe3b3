// What Altinn says when looking up or adding an organisation fails, by the HTTP status: 400 is
// "Fant ingen organisasjon …" (also when the ADD call answers 400), 429 the lockout, anything
// else the technical message with the time and the status.

import { t } from '../texts.js';
import { TechnicalErrorParagraphs } from '../messages/technical-error.jsx';
import { AlertBox } from '../components.jsx';

export function LookupErrorMessage({ status }) {
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
