// Suppliers and consumers as Altinn lists them: a List of ListItem links, each named by the
// organisation's name alone, with "Org.nr. …" visible under it.

import { List, ListItem } from '@altinn/altinn-components';

/**
 * @param parties the rows to show: { displayName, orgnr, groupedOrgnr }
 * @param hrefOf where a row leads
 * @param orgnrLine the visible number line, such as "Org.nr. 980 858 073"
 */
export function OrganisationList({ parties, hrefOf, orgnrLine }) {
  return (
    <List>
      {parties.map((party) => (
        <ListItem
          key={party.orgnr}
          as="a"
          href={hrefOf(party.orgnr)}
          title={party.displayName}
          description={orgnrLine(party.groupedOrgnr)}
          icon={{ type: 'company', name: party.displayName }}
          linkIcon
        />
      ))}
    </List>
  );
}
