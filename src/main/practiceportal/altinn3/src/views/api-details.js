// The details of one API, as Altinn's scope info: title (h3), owner, a polite status line,
// descriptions, any alert, "Scopes" (h4) with the scope strings, and the action "Gi fullmakt" or
// "Slett fullmakt". While the action runs the button gives way to a spinner "Laster", then for two
// seconds to an image "Fullført", then to the new state. The delegation check runs whenever the
// supplier does not have the API and nobody has asked yet.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { spinner } from '../components/spinner.js';
import { alertBox, technicalErrorParagraphs } from '../components/alert-box.js';
import { button } from '../components/button.js';
import { heading } from '../components/heading.js';

const SUCCESS_SHOWN_MS = 2000;

/**
 * @param delegation the supplier's delegations ({@link delegations})
 * @param whenGiven resolves whether the supplier has the API
 * @param check what the delegation check already said: {canDelegate} or {failed: status}, or nothing
 * @param actionFailure a failed give or remove that brought the person here: {giving, status}
 * @param onBack shows a "Tilbake" button that calls it; without it there is none
 * @param onChanged called with the new "given" after a give or remove succeeded
 */
export function apiDetails({ apiResource, supplierName, delegation, whenGiven, check, actionFailure, onBack, onChanged }) {
  let given = null;
  let checked = check || null;
  let failure = actionFailure || null;
  let busy = false;
  let alive = true;

  const back = onBack ? button(t.details.back, { look: 'tertiary', icon: 'arrow-left', className: 'back-button' }) : null;
  if (back) back.addEventListener('click', onBack);
  const screenReaderStatus = h('div', { role: 'status', 'aria-live': 'assertive', class: 'visually-hidden' });
  const statusLine = h('div', { class: 'details-status', 'aria-live': 'polite' });
  const alertSlot = h('div', { class: 'details-alert' });
  const actionSlot = h('div', { class: 'details-action' });
  const action = button(t.supplier.give);
  action.addEventListener('click', () => act(given !== true));
  const scopes =
    apiResource.scopes.length === 0
      ? h('p', {}, t.giveDialog.noScopes)
      : h('ul', { class: 'scope-list' }, apiResource.scopes.map((scope) => h('li', {}, scope)));
  const element = h(
    'div',
    { class: 'api-details' },
    back,
    screenReaderStatus,
    h('div', { class: 'details-heading' }, heading(3, apiResource.title, { className: 'details-title' }), h('p', { class: 'details-owner' }, apiResource.owner.name)),
    statusLine,
    h('p', {}, apiResource.description),
    h('p', {}, apiResource.rightDescription),
    alertSlot,
    heading(4, t.details.scopesHeading, { className: 'details-scopes-heading' }),
    scopes,
    actionSlot,
  );
  if (failure) screenReaderStatus.textContent = t.errors.somethingWentWrong;

  render();
  whenGiven().then((value) => {
    given = value;
    render();
  });

  function render() {
    if (!alive) return;
    if (given === false && !checked) runCheck();
    statusLine.textContent = given ? t.details.hasIt(supplierName) : checked && checked.canDelegate === false ? t.details.cannotGive : '';
    alertSlot.replaceChildren(...alerts());
    if (!busy) updateActionButton();
  }

  function alerts() {
    const shown = [];
    if (checked && checked.canDelegate === false) {
      shown.push(alertBox('warning', heading(2, t.details.refusedHeading, { className: 'alert-heading' }), h('p', {}, t.details.refusedText)));
    } else if (checked && checked.failed) {
      shown.push(alertBox('danger', heading(2, t.details.checkFailedHeading, { className: 'alert-heading' }), technicalErrorParagraphs(checked.failed)));
    }
    if (failure) {
      const failedHeading = failure.giving ? t.details.giveFailed : t.details.removeFailed;
      shown.push(alertBox('danger', heading(2, failedHeading, { className: 'alert-heading' }), technicalErrorParagraphs(failure.status)));
    }
    return shown;
  }

  function updateActionButton() {
    const removing = given === true;
    const mayGive = given === false && checked && checked.canDelegate === true && !failure;
    action.dataset.variant = removing ? 'secondary' : 'primary';
    action.disabled = !removing && !mayGive;
    action.replaceChildren(...(removing ? [icon('circle-minus'), t.supplier.remove] : [t.supplier.give]));
    if (action.parentElement !== actionSlot) actionSlot.replaceChildren(action);
  }

  function runCheck() {
    checked = { pending: true };
    delegation.check(apiResource.identifier).then(
      (answer) => {
        checked = { canDelegate: answer.canDelegate === true };
        render();
      },
      (error) => {
        checked = { failed: error.status };
        render();
      },
    );
  }

  async function act(giving) {
    busy = true;
    failure = null;
    screenReaderStatus.textContent = '';
    actionSlot.replaceChildren(h('div', { 'aria-live': 'polite' }, spinner('md')));
    try {
      await (giving ? delegation.give(apiResource.identifier) : delegation.remove(apiResource.identifier));
    } catch (error) {
      busy = false;
      failure = { giving, status: error.status };
      screenReaderStatus.textContent = t.errors.somethingWentWrong;
      render();
      return;
    }
    actionSlot.replaceChildren(
      h('div', { 'aria-live': 'assertive' }, h('span', { role: 'img', 'aria-label': t.success, class: 'success-mark' }, icon('circle-check'))),
    );
    await new Promise((resolve) => setTimeout(resolve, SUCCESS_SHOWN_MS));
    busy = false;
    given = giving;
    if (!giving) checked = null;
    if (onChanged) onChanged(given);
    render();
  }

  return {
    element,
    focus: () => (back || element.querySelector('button:not([disabled])') || element).focus(),
    dispose: () => {
      alive = false;
    },
  };
}
