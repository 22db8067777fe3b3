// React draws a component into a host element at once, so the practice portal's page code can
// place it and go on as it does with its own elements.

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** A host element holding what React drew; it adds nothing to the accessible tree or the layout. */
export function drawn(node) {
  const host = document.createElement('div');
  host.style.display = 'contents';
  const root = createRoot(host);
  flushSync(() => root.render(node));
  return host;
}
