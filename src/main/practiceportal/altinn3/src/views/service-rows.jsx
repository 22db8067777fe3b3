// Services ("enkelttjenester") in a list, drawn by Altinn's component library (ResourceListItem):
// title and owner, and "Gi fullmakt" / "Slett fullmakt" whose accessible name ends with the title.

import { icon } from '../icons.js';
import { t } from '../texts.js';
import { ServiceList } from '../components.jsx';

function descriptionOf(service) {
  return service.expired ? `${service.owner.name} – ${t.users.expired}` : service.owner.name;
}

/**
 * @param isGiven whether a service (by identifier) is given now
 * @param onGive, onRemove store the change; resolve to true when it was stored (onGive may be absent)
 */
export function ServiceRows({ services, isGiven, onGive, onRemove }) {
  const texts = {
    give: t.supplier.give,
    remove: t.supplier.remove,
    giveFor: t.supplier.giveFor,
    removeFor: t.supplier.removeFor,
    icon: (given) => icon(given ? 'circle-minus' : 'circle-plus'),
  };
  return <ServiceList services={services} isGiven={isGiven} descriptionOf={descriptionOf} texts={texts} onGive={onGive} onRemove={onRemove} />;
}
