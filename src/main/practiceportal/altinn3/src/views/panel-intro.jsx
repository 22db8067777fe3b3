// The line above a tab's list: what the list holds, and an icon-only button ("Informasjon om
// leverandører") that opens a small popover with a few paragraphs and a link, as Altinn's.

import { useState } from 'react';
import { t } from '../texts.js';
import { icon } from '../icons.js';
import { InfoPopover } from '../components.jsx';

export function PanelIntro({ text, infoLabel, infoParagraphs }) {
  const [infoIcon] = useState(() => icon('info'));
  return (
    <div className="panel-intro">
      <p>{text}</p>
      <InfoPopover
        label={infoLabel}
        buttonIcon={infoIcon}
        paragraphs={infoParagraphs}
        link={{ text: t.maskinporten.readMore, href: t.maskinporten.readMoreHref }}
      />
    </div>
  );
}
