// Change "a3-rader-endret": the supplier page shows the APIs given as a table ("API",
// "Tjenesteeier", "Handlinger"). Each row's last cell has a button "Flere valg" that opens a menu
// with the menu item "Slett fullmakt"; there is no "Slett fullmakt for <API>" button any more.

import { useEffect, useRef, useState } from 'react';
import { icon } from '../icons.js';
import { t } from '../texts.js';
import { PageIcon } from '../components.jsx';
import { driftTexts } from './texts.js';

let menus = 0;

/**
 * @param busy whether an API's withdrawal runs (its "Flere valg" is busy meanwhile), by identifier
 * @param onRemove withdraws an API
 */
export function GivenApiTable({ apis, busy, onOpen, onRemove }) {
  return (
    <table className="api-table">
      <thead>
        <tr>
          <th scope="col">{driftTexts.tableApi}</th>
          <th scope="col">{driftTexts.tableOwner}</th>
          <th scope="col">{driftTexts.tableActions}</th>
        </tr>
      </thead>
      <tbody>
        {apis.map((apiResource) => (
          <tr key={apiResource.identifier}>
            <td>
              <button type="button" className="link-button" onClick={() => onOpen(apiResource)}>
                {apiResource.title}
              </button>
              <span className="api-meta">{` ${t.supplier.scopes(apiResource.scopes.length)}`}</span>
            </td>
            <td>{apiResource.owner.name}</td>
            <td>
              <MoreChoices busy={busy(apiResource.identifier)} onRemove={() => onRemove(apiResource)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MoreChoices({ busy, onRemove }) {
  const [menuId] = useState(() => `row-menu-${(menus += 1)}`);
  const [open, setOpen] = useState(false);
  const button = useRef(null);
  const remove = useRef(null);
  useEffect(() => {
    if (open) remove.current.focus();
  }, [open]);
  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={driftTexts.moreChoices}
        aria-haspopup="menu"
        aria-expanded={String(open)}
        aria-controls={menuId}
        disabled={busy}
        aria-busy={busy ? 'true' : undefined}
        onClick={() => setOpen(!open)}
      >
        <PageIcon svg={icon('menu-elipsis')} />
      </button>
      <div
        id={menuId}
        role="menu"
        className="popover row-menu"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setOpen(false);
            button.current.focus();
          }
        }}
      >
        <button
          ref={remove}
          type="button"
          role="menuitem"
          className="menu-item"
          tabIndex={-1}
          onClick={() => {
            setOpen(false);
            onRemove();
          }}
        >
          {t.supplier.remove}
        </button>
      </div>
    </div>
  );
}
