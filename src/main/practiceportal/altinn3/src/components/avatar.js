// An avatar, drawn by Altinn's component library (Avatar): the first letter on a colour of its
// own, square for an organisation and round for a person. Decorative only.

import { avatarOf } from '../components.jsx';

/** @param type 'company' or 'person' */
export function avatar(name, size = 'md', type = 'company') {
  return avatarOf({ name: name || '?', type, size });
}
