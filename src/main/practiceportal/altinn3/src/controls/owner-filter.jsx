// "Filtrer på tjenesteeier": a design-system button that opens a popover with one checkbox per
// owner, in a group named by its legend. The popover closes on Escape or a click outside it.

import { useState } from 'react';
import { DsCheckbox, DsPopover } from '@altinn/altinn-components';
import { PageIcon } from './page-icon.jsx';

/**
 * @param icon the practice portal's own svg element for the button
 * @param owners the owners to choose from: [{orgnr, name}]
 * @param chosen the owners' org numbers chosen
 * @param onToggle called with an owner's org number and whether it is chosen now
 */
export function OwnerFilter({ label, legend, icon, owners, chosen, onToggle }) {
  // The popover is drawn only while open: the design system's popover cannot be drawn while the
  // filter is not in the page (the give dialog's search is kept out of it while an API's details
  // are shown).
  const [open, setOpen] = useState(false);
  return (
    <DsPopover.TriggerContext>
      <DsPopover.Trigger
        variant="secondary"
        data-size="sm"
        onClick={(event) => {
          // Opened here, not by the browser's own popover toggle, which would close it again.
          event.preventDefault();
          setOpen(!open);
        }}
      >
        {label}
        {chosen.length ? <span aria-hidden="true">{` (${chosen.length})`}</span> : null}
        <PageIcon svg={icon} />
      </DsPopover.Trigger>
      {open ? (
        <DsPopover placement="bottom-start" open onClose={() => setOpen(false)}>
          <fieldset className="owner-filter-options">
            <legend>{legend}</legend>
            {owners.map((owner) => (
              <DsCheckbox
                key={owner.orgnr}
                label={owner.name}
                value={owner.orgnr}
                checked={chosen.includes(owner.orgnr)}
                onChange={(event) => onToggle(owner.orgnr, event.target.checked)}
              />
            ))}
          </fieldset>
        </DsPopover>
      ) : null}
    </DsPopover.TriggerContext>
  );
}

/** The distinct owners of some APIs, by name. */
export function ownersOf(apis) {
  const byOrgnr = new Map();
  for (const api of apis) byOrgnr.set(api.owner.orgnr, api.owner);
  return [...byOrgnr.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The chosen owners that are still among the owners. */
export function stillChosen(chosen, owners) {
  const known = new Set(owners.map((o) => o.orgnr));
  return chosen.filter((orgnr) => known.has(orgnr));
}
