// A search field as Altinn draws it: the library's SearchField, a native type=search named by its
// label (hidden, with the same text as placeholder), and when given a name for it a clear button
// that appears once something is typed.

import { useState } from 'react';
import { SearchField } from '@altinn/altinn-components';

/**
 * @param label the field's name and placeholder ("Søk", "Søk etter API")
 * @param clearLabel the clear button's name ("Tøm søk"), or absent for a field without one
 * @param onInput called with the text after every change
 * @param defaultValue the text it starts with, for a field drawn anew over a search already typed
 */
export function SearchBox({ label, clearLabel, size = 'md', defaultValue = '', onInput }) {
  const [value, setValue] = useState(defaultValue);
  const change = (text) => {
    setValue(text);
    onInput(text);
  };
  return (
    <SearchField
      label={label}
      hideLabel
      placeholder={label}
      size={size}
      value={value}
      onChange={(event) => change(event.target.value)}
      onClear={clearLabel ? () => change('') : undefined}
      clearButtonAltText={clearLabel}
    />
  );
}
