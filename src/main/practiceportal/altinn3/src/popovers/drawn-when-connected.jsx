// A popover can only be drawn once it is in the page (the browser refuses to toggle a popover
// that is not). The host is a custom element that draws its React element the moment the page
// code places it, and lets it go when it leaves the page for good. Like drawn()'s host, it adds
// nothing to the accessible tree or the layout.

import { reactHost } from '../draw.jsx';

const TAG = 'ovingsportal-island';

class Island extends HTMLElement {
  connectedCallback() {
    if (this.root) return;
    this.root = reactHost(this);
    this.root.draw(this.node);
  }

  // Taken out of the page for good: React lets go of it (and of its listeners on the document).
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.root) return;
      this.root.unmount();
      this.root = null;
    });
  }
}

/** A host element that draws the React element when it is put into the page. */
export function drawnWhenConnected(node) {
  if (!customElements.get(TAG)) customElements.define(TAG, Island);
  const host = document.createElement(TAG);
  host.style.display = 'contents';
  host.node = node;
  return host;
}
