// Buttons as Altinn draws them: Designsystemet's button (DsButton) in the variant Altinn uses for
// it, with one of the practice portal's own icons before the text.

import { DsButton } from '@altinn/altinn-components';
import { PageIcon } from '../controls/page-icon.jsx';
import { icon as iconOf } from '../icons.js';

const LOOKS = {
  primary: { variant: 'primary' },
  secondary: { variant: 'secondary' },
  tertiary: { variant: 'tertiary' },
  danger: { variant: 'primary', 'data-color': 'danger' },
};

/** The same button as a component; {@code icon} names an icon in icons.js, {@code svg} is one. */
export function PageButton({ text, look = 'primary', icon, svg, type = 'button', ...attributes }) {
  return (
    <DsButton {...LOOKS[look]} type={type} data-size="md" {...attributes}>
      <PageIcon svg={svg ?? (icon ? iconOf(icon) : null)} />
      {text}
    </DsButton>
  );
}
