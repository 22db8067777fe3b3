// The details of one API, as Altinn's scope info: title (h3), owner, a polite status line,
// descriptions, any alert, "Scopes" (h4) with the scope strings, and the action "Gi fullmakt" or
// "Slett fullmakt". While the action runs the button gives way to a spinner "Laster", then for two
// seconds to an image "Fullført", then to the new state. The delegation check runs whenever the
// supplier does not have the API and nobody has asked yet.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { AlertBox, PageButton, PageHeading, PageIcon, Spinner } from '../components.jsx';
import { TechnicalErrorParagraphs } from '../messages/technical-error.jsx';

const SUCCESS_SHOWN_MS = 2000;

/**
 * @param delegation the supplier's delegations ({@link delegations})
 * @param whenGiven resolves whether the supplier has the API; asked once
 * @param check what the delegation check already said: {canDelegate} or {failed: status}, or nothing
 * @param actionFailure a failed give or remove that brought the person here: {giving, status}
 * @param onBack shows a "Tilbake" button that calls it, focused when the details are shown;
 *     without it there is none
 * @param onChanged called with the new "given" after a give or remove succeeded (also when the
 *     details are gone by then)
 */
export function ApiDetails({ apiResource, supplierName, delegation, whenGiven, check, actionFailure, onBack, onChanged }) {
  const [given, setGiven] = useState(null);
  const [checked, setChecked] = useState(check || null);
  // The failure shown: a new action leaves the old one on screen until it has an answer.
  const [failure, setFailure] = useState(actionFailure || null);
  // null, or "running" (the spinner) or "succeeded" (the image "Fullført") while the action runs.
  const [action, setAction] = useState(null);
  const [screenReaderStatus, setScreenReaderStatus] = useState(actionFailure ? t.errors.somethingWentWrong : '');
  const alive = useRef(true);
  const back = useRef(null);

  useEffect(() => {
    whenGiven().then((value) => alive.current && setGiven(value));
    if (back.current) back.current.focus();
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (given === false && !checked) runCheck();
  }, [given, checked]);

  function runCheck() {
    setChecked({ pending: true });
    delegation.check(apiResource.identifier).then(
      (answer) => alive.current && setChecked({ canDelegate: answer.canDelegate === true }),
      (error) => alive.current && setChecked({ failed: error.status }),
    );
  }

  async function act(giving) {
    setAction('running');
    setScreenReaderStatus('');
    try {
      await (giving ? delegation.give(apiResource.identifier) : delegation.remove(apiResource.identifier));
    } catch (error) {
      setAction(null);
      setFailure({ giving, status: error.status });
      setScreenReaderStatus(t.errors.somethingWentWrong);
      return;
    }
    setAction('succeeded');
    await new Promise((resolve) => setTimeout(resolve, SUCCESS_SHOWN_MS));
    setAction(null);
    setFailure(null);
    setGiven(giving);
    if (!giving) setChecked(null);
    if (onChanged) onChanged(giving);
  }

  const refused = checked && checked.canDelegate === false;
  const statusLine = given ? t.details.hasIt(supplierName) : refused ? t.details.cannotGive : '';
  return (
    <div className="api-details">
      {onBack ? <PageButton ref={back} text={t.details.back} look="tertiary" icon="arrow-left" className="back-button" onClick={onBack} /> : null}
      <div role="status" aria-live="assertive" className="visually-hidden">
        {screenReaderStatus}
      </div>
      <div className="details-heading">
        <PageHeading level={3} className="details-title">
          {apiResource.title}
        </PageHeading>
        <p className="details-owner">{apiResource.owner.name}</p>
      </div>
      <div className="details-status" aria-live="polite">
        {statusLine}
      </div>
      <p>{apiResource.description}</p>
      <p>{apiResource.rightDescription}</p>
      <div className="details-alert">
        {refused ? (
          <AlertBox colour="warning">
            <PageHeading level={2} className="alert-heading">
              {t.details.refusedHeading}
            </PageHeading>
            <p>{t.details.refusedText}</p>
          </AlertBox>
        ) : checked && checked.failed ? (
          <AlertBox colour="danger">
            <PageHeading level={2} className="alert-heading">
              {t.details.checkFailedHeading}
            </PageHeading>
            <TechnicalErrorParagraphs status={checked.failed} />
          </AlertBox>
        ) : null}
        {failure ? (
          <AlertBox colour="danger">
            <PageHeading level={2} className="alert-heading">
              {failure.giving ? t.details.giveFailed : t.details.removeFailed}
            </PageHeading>
            <TechnicalErrorParagraphs status={failure.status} />
          </AlertBox>
        ) : null}
      </div>
      <PageHeading level={4} className="details-scopes-heading">
        {t.details.scopesHeading}
      </PageHeading>
      {apiResource.scopes.length === 0 ? (
        <p>{t.giveDialog.noScopes}</p>
      ) : (
        <ul className="scope-list">
          {apiResource.scopes.map((scope) => (
            <li key={scope}>{scope}</li>
          ))}
        </ul>
      )}
      <ActionSlot action={action} given={given} checked={checked} failure={failure} onAct={act} />
    </div>
  );
}

/**
 * The action button, or while it runs the spinner and then the image "Fullført". The button keeps
 * its element: it leaves the page while the action runs and comes back as the same element, in
 * its new state. React keeps drawing it (first in the slot, so the others never go before it).
 */
function ActionSlot({ action, given, checked, failure, onAct }) {
  const slot = useRef(null);
  const button = useRef(null);
  useLayoutEffect(() => {
    if (action !== null) button.current.remove();
    else if (button.current.parentNode !== slot.current) slot.current.prepend(button.current);
  }, [action]);
  const removing = given === true;
  const mayGive = given === false && checked && checked.canDelegate === true && !failure;
  return (
    <div className="details-action" ref={slot}>
      <PageButton
        ref={button}
        look={removing ? 'secondary' : 'primary'}
        svg={removing ? icon('circle-minus') : null}
        text={removing ? t.supplier.remove : t.supplier.give}
        disabled={!removing && !mayGive}
        onClick={() => onAct(!removing)}
      />
      {action === 'running' ? (
        <div aria-live="polite">
          <Spinner name={t.spinner} size="md" />
        </div>
      ) : null}
      {action === 'succeeded' ? (
        <div aria-live="assertive">
          <span role="img" aria-label={t.success} className="success-mark">
            <PageIcon svg={icon('circle-check')} />
          </span>
        </div>
      ) : null}
    </div>
  );
}
