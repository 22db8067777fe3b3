// One of the practice portal's own icons (icons.js) placed as it is: the svg itself,
// decorative, with nothing around it.

import { icon } from '../icons.js';

/** @param name the icon's name in icons.js */
export function InlineIcon({ name }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={`icon icon-${name}`}
      ref={(svg) => {
        if (svg) svg.replaceChildren(...icon(name).childNodes);
      }}
    />
  );
}
