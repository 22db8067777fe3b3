// The practice portal only, never Altinn: which named changes and client-side faults tests have
// switched on. The server puts them in <meta name="ovelse-innstillinger"> only while something is
// on; without it everything here is off and the app behaves as it always did.

const meta = document.querySelector('meta[name="ovelse-innstillinger"]');
const settings = meta ? JSON.parse(meta.content) : {};

const changes = new Set(settings.endringer || []);

/** Whether the named change (for example "a3-knapp-omdopt") is switched on. */
export function changed(name) {
  return changes.has(name);
}

/** Fault "sentSpinnerMs": how long a cover lies over the page after each render, or 0. */
export const lateSpinnerMillis = settings.sentSpinnerMs || 0;

/** Fault "rerenderHverMs": how often lists are drawn anew, or 0. */
export const redrawMillis = settings.rerenderHverMs || 0;
