// The practice portal's own decorative icons (an svg from assets/icons.js) inside what React draws.

/** @param svg an aria-hidden svg element, or null for none */
export function PageIcon({ svg }) {
  if (!svg) return null;
  return <span aria-hidden="true" style={{ display: 'contents' }} ref={(span) => span && span.replaceChildren(svg.cloneNode(true))} />;
}
