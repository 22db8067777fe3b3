// An organisation's or a person's avatar as Altinn draws it: the library's Avatar, a coloured
// square (or circle for a person) with the first letter. Decorative: hidden from assistive technology.

import { Avatar } from '@altinn/altinn-components';

export function PartyAvatar({ name, type = 'company', size = 'md' }) {
  return <Avatar name={name} type={type} size={size} />;
}
