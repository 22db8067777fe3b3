// Designsystemet's alert box (DsAlert): a plain box WITHOUT a role, as Altinn shows most of its
// messages, around what the view puts in it.

import { DsAlert } from '@altinn/altinn-components';

/**
 * @param colour "danger", "warning", "info" or "success"
 * @param children what the box holds
 */
export function AlertBox({ colour, children }) {
  return <DsAlert data-color={colour}>{children}</DsAlert>;
}
