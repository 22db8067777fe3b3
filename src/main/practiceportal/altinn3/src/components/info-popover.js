// An icon-only button ("Informasjon om leverandører") that opens a small popover with a few
// paragraphs and a link, as Altinn's info popovers; drawn by the component library.

import { icon } from '../icons.js';
import { t } from '../texts.js';
import { infoPopoverButton } from '../components.jsx';

export function infoPopover({ label, paragraphs }) {
  return infoPopoverButton({
    label,
    buttonIcon: icon('info'),
    paragraphs,
    link: { text: t.maskinporten.readMore, href: t.maskinporten.readMoreHref },
  });
}
