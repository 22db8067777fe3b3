// Designsystemet's alert box (DsAlert): a plain box WITHOUT a role, as Altinn shows most of its
// messages. Its contents are the practice portal's own elements, placed inside as they are.

import { DsAlert } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/**
 * @param colour "danger", "warning", "info" or "success"
 * @param contents the elements inside the box
 */
export function alertBox({ colour, contents }) {
  return drawn(<DsAlert data-color={colour} ref={(element) => element && element.replaceChildren(...contents)} />);
}

/** The same box as a component, around its children. */
export function AlertBox({ colour, children }) {
  return <DsAlert data-color={colour}>{children}</DsAlert>;
}
