// The tab "Konsumenter": organisations that have made the actor their supplier. Read-only.

import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { PanelIntro } from './panel-intro.jsx';
import { PartyList } from './party-list.jsx';
import { usePartiesRead } from './read-parties.js';

const consumersOf = (consumers) => consumers.map((c) => c.consumer);

/** @param active whether the admin check has said yes, so the list may load */
export function ConsumerPanel({ actorName, active }) {
  const m = t.maskinporten;
  const { status, parties } = usePartiesRead(active, '/maskinporten/consumers', consumersOf);
  return (
    <>
      <PanelIntro text={m.consumersIntro(actorName)} infoLabel={m.consumersInfoButton} infoParagraphs={m.consumersInfo} />
      <PartyList status={status} parties={parties} hrefOf={paths.consumer} emptyText={m.noConsumers} failedText={m.loadError} />
    </>
  );
}
