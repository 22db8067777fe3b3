// "Filtrer på tjenesteeier": a design-system button that opens a popover with one checkbox per
// owner, in a group named by its legend. The popover closes on Escape or a click outside it.

import { useState } from 'react';
import { flushSync } from 'react-dom';
import { DsCheckbox, DsPopover } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';
import { PageIcon } from './page-icon.jsx';

function OwnerFilter({ label, legend, icon, chosen, control, onChange }) {
  const [owners, setOwners] = useState([]);
  const [, setCount] = useState(0);
  // The popover is drawn only while open: the design system's popover cannot be drawn before the
  // page code has placed this filter in the page.
  const [open, setOpen] = useState(false);
  control.setOwners = (list) => flushSync(() => setOwners(list));
  const toggle = (orgnr, on) => {
    if (on) chosen.add(orgnr);
    else chosen.delete(orgnr);
    setCount(chosen.size);
    onChange();
  };
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
        {chosen.size ? <span aria-hidden="true">{` (${chosen.size})`}</span> : null}
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
                checked={chosen.has(owner.orgnr)}
                onChange={(event) => toggle(owner.orgnr, event.target.checked)}
              />
            ))}
          </fieldset>
        </DsPopover>
      ) : null}
    </DsPopover.TriggerContext>
  );
}

/**
 * @param chosen the owners' org numbers chosen, a Set this filter keeps up to date
 * @param onChange called after a checkbox changed
 * @returns element and setOwners(owners: [{orgnr, name}])
 */
export function ownerFilterOf({ label, legend, icon, chosen, onChange }) {
  const control = {};
  const element = drawn(<OwnerFilter label={label} legend={legend} icon={icon} chosen={chosen} control={control} onChange={onChange} />);
  return { element, setOwners: control.setOwners };
}
