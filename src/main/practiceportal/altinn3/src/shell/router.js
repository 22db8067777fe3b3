// A small history-API router: links under the base path are handled here without reloading, like
// React Router in Altinn's frontend. Each visit (a link, navigate() or the browser's back and
// forward) draws the route's view anew.

import { useSyncExternalStore } from 'react';
import { BASE } from '../layout/paths.js';

const listeners = new Set();
let visit = 0;

function visited() {
  visit += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes on every visit; the page's path is then in location. */
export function useVisit() {
  return useSyncExternalStore(subscribe, () => visit);
}

export function navigate(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  visited();
}

/** The route whose pattern the path (under the base path) matches, with the pattern's groups. */
export function matchRoute(routes, pathname) {
  const rest = pathname.slice(BASE.length) || '/';
  for (const route of routes) {
    const found = rest.match(route.pattern);
    if (found) return { route, params: found.slice(1).map(decodeURIComponent) };
  }
  return null;
}

function onClick(event) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.dataset.external) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  if (url.pathname !== BASE && !url.pathname.startsWith(`${BASE}/`)) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}

export function startRouting() {
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', visited);
}
