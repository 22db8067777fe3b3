// The tab "Leverandører": intro, "Informasjon om leverandører", then the suppliers. Until the
// admin check has answered, the list is drawn as if empty, exactly as Altinn does.

import { useState } from 'react';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { PageButton } from '../components.jsx';
import { PanelIntro } from './panel-intro.jsx';
import { PartyList } from './party-list.jsx';
import { usePartiesRead } from './read-parties.js';
import { AddSupplierDialog } from './add-supplier-dialog.jsx';
import { TermsDialog } from '../drift/terms-dialog.jsx';

const suppliersOf = (suppliers) => suppliers;

/** @param active whether the admin check has said yes, so the list may load */
export function SupplierListPanel({ profile, actorName, active }) {
  const m = t.maskinporten;
  const { status, parties } = usePartiesRead(active, '/maskinporten/suppliers', suppliersOf);
  const [adding, setAdding] = useState(false);
  // Change "a3-ekstra-steg": the terms dialog that follows "Legg til virksomhet".
  const [terms, setTerms] = useState(null);
  const addButton = <PageButton text={m.addSupplier} look="secondary" icon="plus" onClick={() => setAdding(true)} />;
  return (
    <>
      <PanelIntro text={m.suppliersIntro(actorName)} infoLabel={m.suppliersInfoButton} infoParagraphs={m.suppliersInfo} />
      <PartyList
        status={status}
        parties={parties}
        hrefOf={paths.supplier}
        addButton={addButton}
        emptyText={m.noSuppliers}
        failedText={m.loadError}
      />
      {adding ? <AddSupplierDialog ownOrgnr={profile.actor.orgnr} onTerms={setTerms} onClose={() => setAdding(false)} /> : null}
      {terms ? <TermsDialog store={terms.store} onStored={terms.onStored} onClose={() => setTerms(null)} /> : null}
    </>
  );
}
