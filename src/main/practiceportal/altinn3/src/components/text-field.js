// A text field drawn by Altinn's component library (TextField): named by its visible label.

import { uid } from '../dom.js';
import { designTextField } from '../components.jsx';

/** @returns {element, input} */
export function textField(label, { idPrefix = 'field', inputMode } = {}) {
  return designTextField({ id: uid(idPrefix), label, inputMode });
}
