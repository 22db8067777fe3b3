// A text field as Altinn draws it: the library's TextField, a Designsystemet field whose label
// names the input. A view may leave the input uncontrolled and read and tidy its value itself (as
// the organisation number lookup does).

import { TextField } from '@altinn/altinn-components';

/** The same field as a component; further attributes (value, onChange, ref) go to the input. */
export function PageTextField({ id, label, inputMode, ...attributes }) {
  return <TextField id={id} label={label} inputMode={inputMode} autoComplete="off" {...attributes} />;
}
