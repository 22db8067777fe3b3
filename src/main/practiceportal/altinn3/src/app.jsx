// Tilgangsstyring in the practice portal: loads who is logged in, draws the page furniture and
// hands the rest to the router.

// First: the practice portal's renaming changes must be in the texts before anything reads them.
import './drift/texts.js';
import { api } from './api.js';
import { h } from './dom.js';
import { t } from './texts.js';
import { isMaskinportenAdmin } from './admin-check.js';
import { pageTopOf, siteHeader } from './layout/header.js';
import { sidebar } from './layout/sidebar.js';
import { siteFooter } from './layout/footer.js';
import { createRouter } from './router.js';
import { routes } from './routes.js';

async function boot() {
  const root = document.getElementById('root');
  let profile;
  try {
    profile = await api('/profile');
  } catch (error) {
    root.replaceChildren(h('main', { id: 'main-content', class: 'content' }, h('h1', {}, t.bootError)));
    return;
  }
  isMaskinportenAdmin();
  const main = h('main', { id: 'main-content', class: 'content', tabindex: '-1' });
  const side = sidebar();
  root.replaceChildren(
    pageTopOf(main.id),
    siteHeader(profile),
    h('div', { class: 'layout' }, side.element, main),
    siteFooter(),
  );
  createRouter({ main, nav: side.nav, profile, routes }).start();
}

boot();
