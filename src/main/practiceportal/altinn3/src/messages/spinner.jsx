// Designsystemet's spinner (DsSpinner): an image named by what is loading ("Laster").

import { DsSpinner } from '@altinn/altinn-components';

export function Spinner({ name, size }) {
  return <DsSpinner aria-label={name} data-size={size} />;
}
