// Reads the organisations of a list on the Maskinporten page, once it may: until then (while the
// admin check has not answered) the list is drawn as if empty, exactly as Altinn does.

import { useEffect, useState } from 'react';
import { api } from '../api.js';

const NONE = [];

/**
 * @param active whether the list may be read now
 * @param path the API's path
 * @param pick makes the organisations (OrganisationViews) of the API's answer
 * @returns { status: 'shown' | 'loading' | 'failed', parties }
 */
export function usePartiesRead(active, path, pick) {
  const [answer, setAnswer] = useState(null);
  useEffect(() => {
    if (!active) return undefined;
    let alive = true;
    api(path).then(
      (data) => alive && setAnswer({ parties: pick(data) }),
      () => alive && setAnswer({ failed: true }),
    );
    return () => {
      alive = false;
    };
  }, [active]);
  if (!active) return { status: 'shown', parties: NONE };
  if (!answer) return { status: 'loading', parties: NONE };
  if (answer.failed) return { status: 'failed', parties: NONE };
  return { status: 'shown', parties: answer.parties };
}
