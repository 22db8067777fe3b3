// The tab "Konsumenter": organisations that have made the actor their supplier. Read-only.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { paths } from '../layout/paths.js';
import { infoPopover } from '../components/info-popover.js';
import { partyList } from '../components/party-list.js';

export function consumerPanel(panel, context, actorName) {
  const m = t.maskinporten;
  const list = partyList({ hrefOf: paths.consumer, emptyText: m.noConsumers });
  panel.append(
    h('div', { class: 'panel-intro' }, h('p', {}, m.consumersIntro(actorName)), infoPopover({ label: m.consumersInfoButton, paragraphs: m.consumersInfo })),
    list.element,
  );
  list.show([]);

  return {
    load() {
      list.loading();
      api('/maskinporten/consumers').then(
        (consumers) => context.alive() && list.show(consumers.map((c) => c.consumer)),
        () => context.alive() && list.failed(m.loadError),
      );
    },
  };
}
