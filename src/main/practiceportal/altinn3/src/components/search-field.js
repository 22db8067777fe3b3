// A search field, drawn by Altinn's component library (SearchField): a native type=search named by
// its label, and (when given a name) a clear button that only appears once something is typed.

import { searchBox } from '../components.jsx';

/** @returns {element, input} */
export function searchField({ label, clearLabel, onInput, size = 'md' }) {
  return searchBox({ label, clearLabel, size, onInput });
}
