import { useUiStore } from '../../state/ui-store';
import { SelectionToolbar } from '../reader/SelectionToolbar';
import { useShortcut } from '../shell/keymap';

/** What can be done with the selected passage; each returns false when no passage is selected. */
export interface SelectionActionSet {
  highlight: () => boolean;
  note: () => boolean;
  factCheck: () => boolean;
  dismiss: () => boolean;
}

/**
 * What a selection in the article offers: the toolbar beside it and the keys h, n, f and Escape,
 * while no editor is open. The keys act on the live selection (a key can follow `j` before the
 * browser has reported the new selection), so none is lost however fast it comes. It follows the
 * selection itself, so that a change of selection re-renders this, not the whole reader page
 * (whose hooks read every annotation).
 */
export function SelectionActions({ editorOpen, actions }: { editorOpen: boolean; actions: SelectionActionSet }) {
  const pending = useUiStore((s) => s.pending);
  useShortcut('highlight', actions.highlight, !editorOpen);
  useShortcut('note', actions.note, !editorOpen);
  useShortcut('fact-check', actions.factCheck, !editorOpen);
  useShortcut('dismiss-selection', actions.dismiss, !editorOpen);
  if (!pending || editorOpen) return null;
  return <SelectionToolbar pending={pending} onHighlight={actions.highlight} onNote={actions.note} onFactCheck={actions.factCheck} />;
}
