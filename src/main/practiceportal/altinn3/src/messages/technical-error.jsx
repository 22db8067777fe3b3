// The technical error paragraphs Altinn puts in several of its alert boxes: "Det har skjedd en
// teknisk feil. …" and "Tidspunkt feilen inntraff: 14:03:22 - HttpStatus: 503". The time is the
// time the paragraphs are first drawn, kept when they are drawn again.

import { useState } from 'react';
import { t } from '../texts.js';

export function TechnicalErrorParagraphs({ status }) {
  const [time] = useState(() => new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }));
  return (
    <>
      <p>{t.errors.technical}</p>
      <p>{t.errors.whenAndStatus(time, status)}</p>
    </>
  );
}
