// The tab "Konsumenter": organisations that have made the actor their supplier. Read-only.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../texts.js';
import { avatar } from '../components/avatar.js';
import { loadingBlock } from '../components/spinner.js';

export function consumerPanel(panel, context) {
  const m = t.maskinporten;
  const actorName = context.profile.actor.name;
  const list = h('div', { class: 'org-list-slot' }, loadingBlock());
  panel.append(h('div', { class: 'panel-intro' }, h('p', {}, m.consumersIntro(actorName))), list);

  api('/maskinporten/consumers').then(
    (consumers) => {
      if (!context.alive()) return;
      if (consumers.length === 0) {
        list.replaceChildren(h('p', { class: 'empty-text' }, m.noConsumers(actorName)));
        return;
      }
      list.replaceChildren(
        h(
          'ul',
          { class: 'org-list' },
          consumers.map(({ consumer, apis }) =>
            h(
              'li',
              { class: 'org-row org-row-static' },
              avatar(consumer.name),
              h(
                'span',
                { class: 'org-text' },
                h('span', { class: 'org-name' }, consumer.name),
                ' ',
                h('span', { class: 'org-number' }, m.orgnrLine(consumer.groupedOrgnr)),
                h('span', { class: 'org-apis' }, apis.map((a) => a.title).join(', ')),
              ),
            ),
          ),
        ),
      );
    },
    () => context.alive() && list.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, t.genericError)),
  );
}
