import { Fragment } from 'react';
import { Dialog, DialogCloseFooter } from '../common/Dialog';
import { keyCaps, SHORTCUT_GROUPS, SHORTCUTS, type ShortcutDefinition } from './shortcuts';

/** The keys of a shortcut as key caps: each alternative (`Ctrl z` or `⌘ z`), or the range it shows (`1 – 8`). */
function Keys({ shortcut }: { shortcut: ShortcutDefinition }) {
  if (shortcut.shown) return <>{shortcut.shown.map((k, i) => (k === '–' ? <span key={i}> – </span> : <kbd key={i}>{k}</kbd>))}</>;
  const alternatives = shortcut.keys.flatMap(keyCaps);
  return (
    <>
      {alternatives.map((caps, i) => (
        <Fragment key={i}>
          {i > 0 && <span> or </span>}
          {/* One combination never breaks across lines; the alternatives may. */}
          <span className="key-combo">
            {caps.map((k, j) => (
              <kbd key={j}>{k}</kbd>
            ))}
          </span>
        </Fragment>
      ))}
    </>
  );
}

/** The dialog `Keyboard shortcuts`: the registry (shortcuts.ts), grouped by what the reader is doing. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts">
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group} className="shortcut-group">
          <h3 className="section-label">{group}</h3>
          <dl>
            {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
              <div key={shortcut.id} className="shortcut-row">
                <dt>
                  <Keys shortcut={shortcut} />
                </dt>
                <dd>{shortcut.label}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="field-hint">Shortcuts never fire while you are typing in a field, and nothing acts behind an open dialog.</p>
      <DialogCloseFooter onClose={onClose} />
    </Dialog>
  );
}
