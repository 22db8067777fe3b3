// Tilgangsstyring's page as Altinn's Layout draws it: the skip link and status banner, the header,
// the sidebar beside the main content where the route's view is drawn, and the footer.

import { useEffect } from 'react';
import { RootProvider } from '@altinn/altinn-components';
import { language } from '../texts.js';
import { coverAfterRender } from '../faults/late-spinner.jsx';
import { PageTop } from '../layout/page-top.jsx';
import { SiteHeader } from '../layout/header.jsx';
import { Sidebar } from '../layout/sidebar.jsx';
import { SiteFooter } from '../layout/footer.jsx';
import { routes } from '../routes.js';
import { matchRoute, useVisit } from './router.js';

const MAIN_ID = 'main-content';

export function App({ profile }) {
  const visit = useVisit();
  const pathname = location.pathname;
  useEffect(() => {
    window.scrollTo(0, 0);
    coverAfterRender();
  }, [visit]);
  return (
    <RootProvider languageCode={language}>
      <PageTop mainId={MAIN_ID} />
      <SiteHeader profile={profile} />
      <div className="layout">
        <Sidebar pathname={pathname} />
        <main id={MAIN_ID} className="content" tabIndex={-1}>
          <RouteView key={visit} profile={profile} pathname={pathname} />
        </main>
      </div>
      <SiteFooter />
    </RootProvider>
  );
}

function RouteView({ profile, pathname }) {
  const { route, params } = matchRoute(routes, pathname);
  const View = route.component;
  return <View profile={profile} params={params} />;
}
