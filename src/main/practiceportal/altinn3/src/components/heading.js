// A heading drawn by Altinn's component library (Designsystemet's heading). The page code gets the
// element itself, and may change its text or focus it.

import { designHeading } from '../components.jsx';

/**
 * @param level 1 to 4
 * @param text the heading's text
 * @param className the page's own class for its place and size
 */
export function heading(level, text, { className, id, focusable = false } = {}) {
  return designHeading({ level, text, className, id, focusable });
}
