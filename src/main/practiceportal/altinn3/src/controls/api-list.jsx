// APIs in a list, as Altinn lists resources: the library's ResourceListItem, whose button shows
// the owner's avatar, the title and "N scopes" (and is named by them) and opens the details, and
// beside it the action whose visible text is "Gi fullmakt" or "Slett fullmakt" and whose name
// ends with the title.

import { useState } from 'react';
import { List, ResourceListItem } from '@altinn/altinn-components';
import { ActionButton } from './action-button.jsx';

let lists = 0;

/**
 * @param apis the APIs: { identifier, title, owner: { name }, scopes }
 * @param titleAs "h3" in the give dialog (the title is a heading inside the button), else "span"
 * @param scopesLine the line under the title, such as "1 scopes"
 * @param onOpen opens an API's details
 * @param actionOf an API's action: { icon, name, text, disabled, onClick(button) }, or null
 */
export function ApiList({ apis, titleAs = 'span', scopesLine, onOpen, actionOf }) {
  // Ids unique in the page: the same API can be listed on the page and in the dialog over it.
  const [prefix] = useState(() => `api-${(lists += 1)}`);
  return (
    <List>
      {apis.map((api) => {
        const action = actionOf(api);
        return (
          <ResourceListItem
            key={api.identifier}
            id={`${prefix}-${api.identifier}`}
            as="button"
            onClick={() => onOpen(api)}
            ownerName={api.owner.name}
            resourceName={api.title}
            description={scopesLine(api.scopes.length)}
            titleAs={titleAs}
            controls={action ? <ActionButton data-identifier={api.identifier} {...action} /> : null}
          />
        );
      })}
    </List>
  );
}

export function ApiListLoading({ count, placeholder }) {
  return (
    <List>
      {Array.from({ length: count }, (_, i) => (
        <ResourceListItem key={i} id={`loading-${i}`} loading ownerName={placeholder} resourceName={placeholder} />
      ))}
    </List>
  );
}
