import { Dialog, DialogCloseFooter } from '../common/Dialog';

/** Every keyboard shortcut of the reader, grouped by what the reader is doing. */
export const SHORTCUTS: ReadonlyArray<{ group: string; keys: ReadonlyArray<{ keys: string[]; action: string }> }> = [
  {
    group: 'Reading',
    keys: [
      { keys: ['j'], action: 'Select the next sentence (focus in the article)' },
      { keys: ['k'], action: 'Select the previous sentence' },
      { keys: ['Shift', 'j'], action: 'Extend the selection by the next sentence' },
      { keys: ['Shift', 'k'], action: 'Extend the selection by the previous sentence' },
    ],
  },
  {
    group: 'With text selected',
    keys: [
      { keys: ['h'], action: 'Highlight' },
      { keys: ['n'], action: 'Add a note' },
      { keys: ['f'], action: 'Fact-check' },
      { keys: ['Escape'], action: 'Close the toolbar' },
    ],
  },
  {
    group: 'Annotations',
    keys: [
      { keys: [']'], action: 'Go to the next annotation and hear it read' },
      { keys: ['['], action: 'Go to the previous annotation' },
      { keys: ['1', '–', '8'], action: 'Set the verdict of the active annotation' },
      { keys: ['Ctrl', 'z'], action: 'Undo the last change (also ⌘ z)' },
      { keys: ['Escape'], action: 'Close the editor or a dialog without saving' },
    ],
  },
  {
    group: 'Library and dialogs',
    keys: [
      { keys: ['/'], action: 'Search the library (in the library view)' },
      { keys: ['Ctrl', 'Enter'], action: 'Open the article (in the Open article dialog)' },
    ],
  },
  {
    group: 'Help',
    keys: [{ keys: ['?'], action: 'Show this list' }],
  },
];

/** The dialog `Keyboard shortcuts`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts">
      {SHORTCUTS.map((section) => (
        <section key={section.group} className="shortcut-group">
          <h3>{section.group}</h3>
          <dl>
            {section.keys.map((entry) => (
              <div key={`${entry.keys.join('+')}-${entry.action}`} className="shortcut-row">
                <dt>
                  {entry.keys.map((k, i) => (k === '–' ? <span key={i}> – </span> : <kbd key={i}>{k}</kbd>))}
                </dt>
                <dd>{entry.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="field-hint">Shortcuts never fire while you are typing in a field.</p>
      <DialogCloseFooter onClose={onClose} />
    </Dialog>
  );
}
