// Change "a3-forveksling": the look-alike API "Digital post til innbyggere – lesetilgang" is
// called exactly "Digital post til innbyggere" in every answer the app reads, so every screen and
// message shows it so.

import { changed } from '../practice-settings.js';
import { driftTexts } from './texts.js';

const LOOK_ALIKE = 'digdir-dpi-les';

export function disguiseLookAlike(data) {
  if (!changed('a3-forveksling')) return data;
  visit(data);
  return data;
}

function visit(value) {
  if (Array.isArray(value)) {
    value.forEach(visit);
  } else if (value && typeof value === 'object') {
    if (value.identifier === LOOK_ALIKE && typeof value.title === 'string') value.title = driftTexts.lookAlikeTitle;
    Object.values(value).forEach(visit);
  }
}
