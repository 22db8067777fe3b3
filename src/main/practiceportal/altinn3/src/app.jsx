// Tilgangsstyring in the practice portal, one React application: loads who is logged in and draws
// the page; the router draws each route's view.

// First: the practice portal's renaming changes must be in the texts before anything reads them.
import './drift/texts.js';
import { createRoot } from 'react-dom/client';
import { api } from './api.js';
import { t } from './texts.js';
import { isMaskinportenAdmin } from './admin-check.js';
import { App } from './shell/app-shell.jsx';
import { startRouting } from './shell/router.js';

async function boot() {
  const root = createRoot(document.getElementById('root'));
  let profile;
  try {
    profile = await api('/profile');
  } catch (error) {
    root.render(
      <main id="main-content" className="content">
        <h1>{t.bootError}</h1>
      </main>,
    );
    return;
  }
  isMaskinportenAdmin();
  startRouting();
  root.render(<App profile={profile} />);
}

boot();
