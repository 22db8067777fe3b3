// /maskinporten/supplier/<orgnr>: who the supplier is (one read) and what it has been given (the
// section's own read). Until the supplier is known: "Tilbake" and a skeleton, no heading. A
// supplier that is not there, or a read that failed, gives "Vi fant ikke leverandøren", as in
// Altinn.

import { useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { breadcrumbs } from '../layout/page-breadcrumbs.jsx';
import { formatDisplayName } from '../format-name.js';
import { AlertBox, PageButton, PageHeading, PageIcon, PartyAvatar } from '../components.jsx';
import { SkeletonBlock } from '../controls/skeleton-block.jsx';
import { navigate } from '../shell/router.js';
import { changed } from '../practice-settings.js';
import { driftTexts } from '../drift/texts.js';
import { GivenApisSection } from './given-apis-section.jsx';
import { DeleteSupplierDialog } from './delete-supplier-dialog.jsx';

const NOT_FOUND = { notFound: true };

export function SupplierPage({ params: [orgnr] }) {
  const s = t.supplier;
  // null while the supplier is read, then NOT_FOUND or {supplier, actorName}
  const [found, setFound] = useState(null);
  const [deleting, setDeleting] = useState(false);
  const alive = useRef(true);
  const nameHeading = useRef(null);

  useEffect(() => {
    document.title = s.documentTitle;
    api(`/maskinporten/suppliers/${encodeURIComponent(orgnr)}`).then(
      (view) =>
        alive.current &&
        setFound({
          supplier: { orgnr: view.supplier.orgnr, name: formatDisplayName(view.supplier.registerName) },
          actorName: formatDisplayName(view.actor.registerName),
        }),
      () => alive.current && setFound(NOT_FOUND),
    );
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (nameHeading.current) nameHeading.current.focus();
  }, [found]);

  const current = found && found.supplier ? found.supplier.name : s.documentTitle;
  return (
    <>
      <div className="breadcrumb-slot">{breadcrumbs([{ text: t.maskinporten.supplierBreadcrumb, href: paths.suppliers }, { text: current }])}</div>
      <div className="card">
        {found === null ? (
          <>
            <BackLink />
            <SkeletonBlock kind="heading" />
          </>
        ) : null}
        {found === NOT_FOUND ? (
          <>
            <AlertBox colour="danger">
              <p>{s.notFound}</p>
            </AlertBox>
            <a href={paths.suppliers} className="back-to-list">
              {s.backToList}
            </a>
          </>
        ) : null}
        {found && found.supplier ? (
          <>
            <div className="card-top">
              <BackLink />
              <div className="card-actions">
                <PrintButton />
                <PageButton text={s.deleteSupplier} look="tertiary" icon="trash" onClick={() => setDeleting(true)} />
              </div>
            </div>
            <div className="supplier-heading">
              <PartyAvatar name={found.supplier.name || '?'} type="company" size="lg" />
              <div>
                <PageHeading ref={nameHeading} level={1} className="page-heading" focusable>
                  {found.supplier.name}
                </PageHeading>
                <p className="for-actor">{s.forActor(found.actorName)}</p>
              </div>
            </div>
            <GivenApisSection supplier={found.supplier} />
            {deleting ? (
              <DeleteSupplierDialog
                orgnr={orgnr}
                supplierName={found.supplier.name}
                onDeleted={() => alive.current && navigate(paths.suppliers)}
                onClose={() => setDeleting(false)}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}

/** Change "a3-kosmetisk": a button the robot never needs. */
function PrintButton() {
  if (!changed('a3-kosmetisk')) return null;
  return <PageButton text={driftTexts.print} look="tertiary" className="print-button" onClick={() => window.print()} />;
}

function BackLink() {
  return (
    <a href={paths.suppliers} className="back-link">
      <PageIcon svg={icon('arrow-left')} />
      {t.supplier.back}
    </a>
  );
}
