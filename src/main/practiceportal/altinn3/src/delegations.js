// The API calls about one supplier's APIs, shared by the supplier page, the give dialog and the
// details view.

import { api } from './api.js';

export function delegations(supplierOrgnr) {
  const base = `/maskinporten/suppliers/${encodeURIComponent(supplierOrgnr)}/apis`;
  return {
    /** The APIs the supplier has been given. */
    read: () => api(base),
    give: (identifier) => api(base, { method: 'POST', body: { identifier } }),
    remove: (identifier) => api(`${base}/${encodeURIComponent(identifier)}`, { method: 'DELETE' }),
    /** Resolves {canDelegate}. */
    check: (identifier) => api(`/maskinporten/delegationcheck?resource=${encodeURIComponent(identifier)}`),
  };
}
