// "Is the person a Maskinporten administrator for the actor?", asked once after the app starts,
// as Altinn's frontend does. The sidebar item and the Maskinporten page wait for the same answer.
// A failed check counts as "no", as in Altinn.

import { api } from './api.js';

let answer = null;
let arrived = null;

/** Resolves true or false; never rejects. */
export function isMaskinportenAdmin() {
  if (!answer) {
    answer = api('/user/isMaskinportenAdmin').then(
      (value) => value === true,
      () => false,
    );
    answer.then((admin) => {
      arrived = admin;
    });
  }
  return answer;
}

/** The answer once it has arrived (true or false), or null while it has not. */
export function adminCheckAnswer() {
  return arrived;
}
