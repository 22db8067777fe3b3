// React draws a component into a host element at once, so the practice portal's page code can
// place it and go on as it does with its own elements.

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * A React root in a host element that adds nothing to the accessible tree or the layout, for a
 * part that is drawn again later; {@code draw} draws at once.
 */
export function reactHost(host = document.createElement('div')) {
  host.style.display = 'contents';
  const root = createRoot(host);
  return { host, draw: (node) => flushSync(() => root.render(node)), unmount: () => root.unmount() };
}

/** The host element holding what React drew. */
export function drawn(node) {
  const { host, draw } = reactHost();
  draw(node);
  return host;
}

/** The one element React drew, taken out of its host, for page code that keeps no React state. */
export function drawnElement(node) {
  const element = drawn(node).firstElementChild;
  element.remove();
  return element;
}
