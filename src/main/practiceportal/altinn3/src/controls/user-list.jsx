// People and organisations with rights on the users page, as Altinn lists them: a List of
// UserListItem links with the name, and under it the org.nr. or the roles.

import { List, UserListItem } from '@altinn/altinn-components';

/**
 * @param users the rows: { id, name, type: 'person' | 'organisation' }
 * @param hrefOf where a row leads
 * @param descriptionOf the line under the name
 */
export function UserList({ users, hrefOf, descriptionOf }) {
  return (
    <List>
      {users.map((user) => (
        <UserListItem
          key={user.id}
          id={`user-${user.id}`}
          as="a"
          href={hrefOf(user.id)}
          name={user.name}
          titleAs="span"
          type={user.type === 'organisation' ? 'company' : 'person'}
          description={descriptionOf(user)}
          linkIcon
        />
      ))}
    </List>
  );
}
