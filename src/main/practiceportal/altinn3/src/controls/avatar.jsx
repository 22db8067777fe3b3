// An organisation's or a person's avatar as Altinn draws it: the library's Avatar, a coloured
// square (or circle for a person) with the first letter. Decorative: hidden from assistive technology.

import { Avatar } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/** @param type 'company' or 'person'; @param size xs, sm, md, lg or xl */
export function avatarOf({ name, type = 'company', size = 'md' }) {
  return drawn(<PartyAvatar name={name} type={type} size={size} />);
}

export function PartyAvatar({ name, type = 'company', size = 'md' }) {
  return <Avatar name={name} type={type} size={size} />;
}
