// A button drawn by Altinn's component library (Designsystemet's button in Altinn's variants). The
// page code gets the <button> itself: it listens to it and disables it as before.

import { designButton } from '../components.jsx';
import { icon as iconOf } from '../icons.js';

/**
 * @param text the visible text and name
 * @param look "primary", "secondary", "tertiary" or "danger"
 * @param icon the name of an icon in icons.js, or nothing
 */
export function button(text, { look = 'primary', icon, type = 'button', disabled = false, className } = {}) {
  return designButton({ text, look, icon: icon ? iconOf(icon) : null, type, disabled, className });
}
