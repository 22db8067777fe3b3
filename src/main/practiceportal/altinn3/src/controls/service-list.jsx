// Services ("enkelttjenester") in a list, as Altinn lists resources: the library's ResourceListItem
// with the title and the owner (or "<owner> – utgått"), and beside it "Gi fullmakt" or "Slett
// fullmakt", named "… for <title>", that changes in place once the change is stored.

import { useState } from 'react';
import { List, ResourceListItem } from '@altinn/altinn-components';
import { ActionButton } from './action-button.jsx';

let lists = 0;

function ServiceRow({ id, service, description, given, texts, onGive, onRemove }) {
  const [isGiven, setGiven] = useState(given);
  const [busy, setBusy] = useState(false);
  const [focusAfter, setFocusAfter] = useState(false);
  const change = async () => {
    setBusy(true);
    const ok = await (isGiven ? onRemove(service) : onGive(service));
    setBusy(false);
    if (ok) {
      setGiven(!isGiven);
      setFocusAfter(true);
    }
  };
  const canChange = isGiven || Boolean(onGive);
  return (
    <ResourceListItem
      id={id}
      ownerName={service.owner.name}
      resourceName={service.title}
      titleAs="span"
      description={description}
      controls={
        canChange ? (
          <ActionButton
            icon={texts.icon(isGiven)}
            name={isGiven ? texts.removeFor(service.title) : texts.giveFor(service.title)}
            text={isGiven ? texts.remove : texts.give}
            disabled={busy}
            focus={focusAfter}
            onClick={change}
          />
        ) : null
      }
    />
  );
}

/**
 * @param services the services: { identifier, title, owner: { name }, expired }
 * @param isGiven whether the person or organisation has a service now
 * @param descriptionOf the line under the title
 * @param texts { give, remove, giveFor(title), removeFor(title), icon(given) }
 * @param onGive, onRemove store the change; resolve to true when it was stored (onGive may be absent)
 */
export function ServiceList({ services, isGiven, descriptionOf, texts, onGive, onRemove }) {
  // Ids unique in the page: the same service can be listed on the page and in the dialog over it.
  const [prefix] = useState(() => `service-${(lists += 1)}`);
  return (
    <List>
      {services.map((service) => (
        <ServiceRow
          key={service.identifier}
          id={`${prefix}-${service.identifier}`}
          service={service}
          description={descriptionOf(service)}
          given={isGiven(service.identifier)}
          texts={texts}
          onGive={onGive}
          onRemove={onRemove}
        />
      ))}
    </List>
  );
}
