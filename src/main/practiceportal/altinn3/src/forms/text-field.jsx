// A text field as Altinn draws it: the library's TextField, a Designsystemet field whose label
// names the input. The input is left uncontrolled, so the page code reads and tidies its value
// itself (as the organisation number lookup does).

import { TextField } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/**
 * @param id the input's id
 * @param label the visible label, which is also the input's name
 * @param inputMode "numeric" for a number field, or nothing
 * @returns the element and its input
 */
export function designTextField({ id, label, inputMode }) {
  const element = drawn(<PageTextField id={id} label={label} inputMode={inputMode} />);
  return { element, input: element.querySelector('input') };
}

/** The same field as a component; further attributes (value, onChange, ref) go to the input. */
export function PageTextField({ id, label, inputMode, ...attributes }) {
  return <TextField id={id} label={label} inputMode={inputMode} autoComplete="off" {...attributes} />;
}
