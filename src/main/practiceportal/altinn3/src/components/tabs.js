// Tabs, drawn by the design system's Tabs (re-exported by Altinn's component library): an unnamed
// tablist, and every panel in the page from the start, the inactive ones hidden. Arrow keys move
// between tabs; Enter or Space chooses one.

import { tabBar } from '../components.jsx';
import { icon } from '../icons.js';

/**
 * @param items [{id, label, icon}]
 * @param onSelect (item, panel, fromUser) after a tab was chosen
 * @returns {element, panels, select(index, {focus, fromUser}), indexOf(id)}
 */
export function tabs({ items, onSelect }) {
  return tabBar({ items: items.map((item) => ({ ...item, icon: item.icon ? icon(item.icon) : null })), onSelect: onSelect && ((item, panel, fromUser) => onSelect(items.find((i) => i.id === item.id), panel, fromUser)) });
}
