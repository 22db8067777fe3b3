// A row's action as Altinn draws it: a tertiary design-system button whose visible text is short
// ("Gi fullmakt") and whose name says what it acts on ("Gi fullmakt for <title>").

import { useEffect, useRef } from 'react';
import { DsButton } from '@altinn/altinn-components';
import { PageIcon } from './page-icon.jsx';

export function ActionButton({ icon, name, text, disabled, focus, onClick, ...attributes }) {
  const button = useRef(null);
  useEffect(() => {
    if (focus && button.current) button.current.focus();
  }, [focus, name]);
  return (
    <DsButton
      ref={button}
      variant="tertiary"
      data-size="sm"
      aria-label={name}
      disabled={disabled}
      onClick={(event) => onClick(event.currentTarget)}
      {...attributes}
    >
      <PageIcon svg={icon} />
      {text}
    </DsButton>
  );
}
