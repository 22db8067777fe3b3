// Buttons as Altinn draws them: Designsystemet's button (DsButton) in the variant Altinn uses for
// it. A button holds no state of its own, so React draws it once and hands the <button> over to
// the page code, which listens to it and turns it on and off as it did with its own buttons.

import { DsButton } from '@altinn/altinn-components';
import { drawnElement } from '../draw.jsx';
import { PageIcon } from '../controls/page-icon.jsx';
import { icon as iconOf } from '../icons.js';

const LOOKS = {
  primary: { variant: 'primary' },
  secondary: { variant: 'secondary' },
  tertiary: { variant: 'tertiary' },
  danger: { variant: 'primary', 'data-color': 'danger' },
};

/**
 * @param text the visible text, which is also the button's name
 * @param look "primary", "secondary", "tertiary" or "danger" (a primary button in the danger colour)
 * @param icon a decorative svg before the text, or nothing
 * @param type "button" or "submit"
 * @param disabled whether it starts disabled
 * @param className extra classes for the page's own layout
 * @returns the <button> element
 */
export function designButton({ text, look = 'primary', icon, type = 'button', disabled = false, className }) {
  return drawnElement(<PageButton look={look} svg={icon} type={type} disabled={disabled} className={className} text={text} />);
}

/** The same button as a component; {@code icon} names an icon in icons.js, {@code svg} is one. */
export function PageButton({ text, look = 'primary', icon, svg, type = 'button', ...attributes }) {
  return (
    <DsButton {...LOOKS[look]} type={type} data-size="md" {...attributes}>
      <PageIcon svg={svg ?? (icon ? iconOf(icon) : null)} />
      {text}
    </DsButton>
  );
}
