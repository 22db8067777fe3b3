// Designsystemet's spinner (DsSpinner): an image named by what is loading ("Laster").

import { DsSpinner } from '@altinn/altinn-components';
import { drawn } from '../draw.jsx';

/**
 * @param name the image's name
 * @param size "sm", "md" or "lg"
 */
export function spinnerImage({ name, size }) {
  return drawn(<Spinner name={name} size={size} />);
}

export function Spinner({ name, size }) {
  return <DsSpinner aria-label={name} data-size={size} />;
}
