// Calls the portal's JSON API. A 401 sends the browser to the login (or the actor choice) and
// brings it back to the same page afterwards, as Altinn's frontend does. Every other failure is
// an ApiError with the HTTP status (0 when the network failed); each view shows it as Altinn does.

import { coverAfterRender } from './faults/late-spinner.jsx';
import { disguiseLookAlike } from './drift/look-alike.js';

const BASE = '/accessmanagement/api/v1';

export class ApiError extends Error {
  constructor(status, code) {
    super(`${status} ${code || ''}`.trim());
    this.status = status;
    this.code = code;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'fetch' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (networkFailure) {
    throw new ApiError(0, null);
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.status === 401) {
    sendToLogin(data && data.kode);
    return new Promise(() => {});
  }
  if (!response.ok) throw new ApiError(response.status, data && data.kode);
  if (method === 'GET') coverAfterRender();
  return disguiseLookAlike(data);
}

function sendToLogin(code) {
  const back = encodeURIComponent(location.pathname + location.search + location.hash);
  location.assign(code === 'MANGLER_AKTOR' ? `/velg-aktor?goto=${back}` : `/idporten/login?goto=${back}`);
}
