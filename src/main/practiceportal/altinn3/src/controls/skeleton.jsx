// Rows that stand in while a list of organisations loads, as Altinn's list items draw themselves
// while loading: the library's ListItem with loading set, whose only text is placeholder x's,
// hidden from assistive technology, and with nothing in them to use.

import { List, ListItem } from '@altinn/altinn-components';

/** @param texts the placeholder texts, one per row in turn */
export function ListLoading({ count, texts }) {
  return (
    <List>
      {Array.from({ length: count }, (_, i) => (
        <ListItem key={i} loading title={texts[i % texts.length]} icon={{ type: 'company', name: texts[i % texts.length] }} />
      ))}
    </List>
  );
}
