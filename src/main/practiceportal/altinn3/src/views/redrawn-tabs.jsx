// Tabs on the users screens: the design system's Tabs, an unnamed tablist with every panel in the
// page from the start, the inactive ones hidden. Choosing a tab draws its panel anew, with new
// elements; a panel left behind keeps what it showed, hidden.

import { useEffect, useRef, useState } from 'react';
import { DsTabs } from '@altinn/altinn-components';
import { icon } from '../icons.js';
import { PageIcon } from '../controls/page-icon.jsx';

/**
 * @param items [{id, label, icon, draw}]: icon the name of an icon in icons.js or nothing, draw()
 *     the panel's contents
 * @param first the id of the tab chosen from the start
 * @param focusFirst whether that tab takes the focus once drawn
 * @param onChosen (id) after a person chose a tab
 */
export function RedrawnTabs({ items, first, focusFirst = false, onChosen }) {
  const [value, setValue] = useState(first);
  const [drawings, setDrawings] = useState({ [first]: 1 });
  const firstTab = useRef(null);
  useEffect(() => {
    if (focusFirst) firstTab.current.focus();
  }, []);
  const choose = (id) => {
    setValue(id);
    setDrawings((drawn) => ({ ...drawn, [id]: (drawn[id] || 0) + 1 }));
    if (onChosen) onChosen(id);
  };
  return (
    <DsTabs value={value} onChange={choose}>
      <DsTabs.List>
        {items.map((item) => (
          <DsTabs.Tab key={item.id} value={item.id} ref={item.id === first ? firstTab : undefined}>
            <PageIcon svg={item.icon ? icon(item.icon) : null} />
            {item.label}
          </DsTabs.Tab>
        ))}
      </DsTabs.List>
      {items.map((item) => (
        <DsTabs.Panel key={item.id} value={item.id}>
          {drawings[item.id] ? <PanelDrawing key={drawings[item.id]} draw={item.draw} /> : null}
        </DsTabs.Panel>
      ))}
    </DsTabs>
  );
}

function PanelDrawing({ draw }) {
  return draw();
}
