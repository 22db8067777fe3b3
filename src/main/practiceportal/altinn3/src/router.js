// A small history-API router: links under the base path are handled here without reloading,
// like React Router in Altinn's frontend.

import { BASE } from './layout/paths.js';
import { markCurrent } from './layout/sidebar.js';
import { coverAfterRender } from './faults/late-spinner.js';

export function createRouter({ main, nav, profile, routes }) {
  let generation = 0;

  function match(pathname) {
    const rest = pathname.slice(BASE.length) || '/';
    for (const route of routes) {
      const found = rest.match(route.pattern);
      if (found) return { route, params: found.slice(1).map(decodeURIComponent) };
    }
    return null;
  }

  function render() {
    generation += 1;
    const mine = generation;
    markCurrent(nav, location.pathname);
    main.replaceChildren();
    window.scrollTo(0, 0);
    const found = match(location.pathname);
    const context = { profile, navigate, alive: () => mine === generation };
    found.route.view(main, context, ...found.params);
    coverAfterRender();
  }

  function navigate(href, { replace = false } = {}) {
    if (replace) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
    render();
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

  return {
    start() {
      document.addEventListener('click', onClick);
      window.addEventListener('popstate', () => render());
      render();
    },
    navigate,
  };
}
