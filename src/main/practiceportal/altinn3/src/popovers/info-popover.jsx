// Altinn's info popovers ("Informasjon om leverandører"): Designsystemet's Popover, opened by an
// icon-only button named by its label, with a few paragraphs and a link. Escape and a click
// outside close it.

import { DsLink, DsParagraph, DsPopover } from '@altinn/altinn-components';

/**
 * @param label the button's name
 * @param buttonIcon the practice portal's own icon element for the button (an svg element, kept
 *     by the caller from one drawing to the next: the button holds that very element)
 * @param paragraphs the texts
 * @param link { text, href } opened in a new tab
 */
export function InfoPopover({ label, buttonIcon, paragraphs, link }) {
  return (
    <DsPopover.TriggerContext>
      <DsPopover.Trigger
        variant="tertiary"
        icon
        aria-label={label}
        ref={(element) => element && !element.contains(buttonIcon) && element.append(buttonIcon)}
      />
      <DsPopover placement="bottom" data-size="sm">
        {paragraphs.map((text) => (
          <DsParagraph key={text}>{text}</DsParagraph>
        ))}
        <DsLink href={link.href} target="_blank" rel="noopener" data-external="true">
          {link.text}
        </DsLink>
      </DsPopover>
    </DsPopover.TriggerContext>
  );
}
