// The rows of an API list whose change is under way, by the API's identifier: their action is
// busy (aria-busy, and disabled) until the change is done.

import { useCallback, useState } from 'react';

const NOT_BUSY = new Set();

/** @returns { busy: a Set of identifiers, setRowBusy(identifier, isBusy), clearBusy() } */
export function useBusyRows() {
  const [busy, setBusy] = useState(NOT_BUSY);
  const setRowBusy = useCallback(
    (identifier, isBusy) =>
      setBusy((before) => {
        const after = new Set(before);
        if (isBusy) after.add(identifier);
        else after.delete(identifier);
        return after;
      }),
    [],
  );
  const clearBusy = useCallback(() => setBusy(NOT_BUSY), []);
  return { busy, setRowBusy, clearBusy };
}
