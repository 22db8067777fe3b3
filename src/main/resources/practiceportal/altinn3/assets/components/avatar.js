import { h } from '../dom.js';

const COLOURS = ['#3d1049', '#6b4217', '#7a2e1e', '#24512a', '#5f5a12', '#6b2f4a', '#1e4f6b', '#4b2a6b'];

/** A coloured square with the first letter, as Altinn shows organisations. Decorative only. */
export function avatar(name, size = 'md') {
  const letter = (name || '?').trim().charAt(0).toUpperCase();
  let hash = 0;
  for (const ch of name || '') hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const el = h('span', { class: `avatar avatar-${size}`, 'aria-hidden': 'true' }, letter);
  el.style.backgroundColor = COLOURS[hash % COLOURS.length];
  return el;
}
