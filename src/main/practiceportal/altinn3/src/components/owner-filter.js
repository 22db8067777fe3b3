// "Filtrer på tjenesteeier", drawn by the design system's Popover and Checkbox (re-exported by
// Altinn's component library): a button that opens a small popover with one checkbox per owner.

import { icon } from '../icons.js';
import { t } from '../texts.js';
import { ownerFilterOf } from '../components.jsx';

export function ownerFilter({ onChange }) {
  const chosen = new Set();
  const drawn = ownerFilterOf({ label: t.supplier.filterOwner, legend: t.supplier.filterLegend, icon: icon('up-down'), chosen, onChange });

  function setOwners(owners) {
    const known = new Set(owners.map((o) => o.orgnr));
    for (const orgnr of [...chosen]) if (!known.has(orgnr)) chosen.delete(orgnr);
    drawn.setOwners(owners);
  }

  /** True when the API's owner passes the filter (no owner chosen lets everything through). */
  function accepts(api) {
    return chosen.size === 0 || chosen.has(api.owner.orgnr);
  }

  return { element: drawn.element, setOwners, accepts, selected: () => [...chosen] };
}

/** The distinct owners of some APIs, by name. */
export function ownersOf(apis) {
  const byOrgnr = new Map();
  for (const api of apis) byOrgnr.set(api.owner.orgnr, api.owner);
  return [...byOrgnr.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
