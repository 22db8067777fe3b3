// An icon-only button ("Informasjon om leverandører") that opens a small popover with a few
// paragraphs and a link, as Altinn's info popovers.

import { h, uid } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';

export function infoPopover({ label, paragraphs }) {
  const popoverId = uid('info');
  const button = h(
    'button',
    { type: 'button', class: 'icon-button help-button', 'aria-label': label, 'aria-expanded': 'false', 'aria-controls': popoverId },
    icon('info'),
  );
  const popover = h(
    'div',
    { id: popoverId, class: 'popover info-popover', hidden: true },
    paragraphs.map((text) => h('p', {}, text)),
    h('a', { href: t.maskinporten.readMoreHref, target: '_blank', rel: 'noopener', 'data-external': 'true' }, t.maskinporten.readMore),
  );
  const element = h('span', { class: 'info-anchor' }, button, popover);
  const setOpen = (open) => {
    popover.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => setOpen(popover.hidden));
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) {
      setOpen(false);
      button.focus();
    }
  });
  const closeOnOutsideClick = (event) => {
    if (!element.isConnected) document.removeEventListener('click', closeOnOutsideClick);
    else if (!element.contains(event.target)) setOpen(false);
  };
  document.addEventListener('click', closeOnOutsideClick);
  return element;
}
