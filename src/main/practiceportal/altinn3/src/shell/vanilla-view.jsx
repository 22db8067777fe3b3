// A view still written as page code (it builds its elements itself) inside the React tree. It is
// drawn once, right after React has placed its host, and is told when it is gone.

import { useEffect, useRef } from 'react';
import { navigate } from './router.js';

export function VanillaView({ view, profile, params }) {
  const host = useRef(null);
  useEffect(() => {
    let alive = true;
    // After React's commit, so the parts the view has React draw at once can be drawn at once.
    queueMicrotask(() => alive && view(host.current, { profile, navigate, alive: () => alive }, ...params));
    return () => {
      alive = false;
    };
  }, []);
  return <div ref={host} style={{ display: 'contents' }} />;
}
