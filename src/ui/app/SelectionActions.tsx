import { useUiStore } from '../../state/ui-store';
import { SelectionToolbar } from '../reader/SelectionToolbar';
import { useReaderShortcuts, type ReaderShortcuts } from './use-reader-shortcuts';

/**
 * What a selection in the article offers: the toolbar beside it and the keys h, n, f and Escape,
 * while no editor is open. It follows the selection itself, so that a change of selection
 * re-renders this, not the whole reader page (whose hooks read every annotation).
 */
export function SelectionActions({ editorOpen, actions }: { editorOpen: boolean; actions: ReaderShortcuts }) {
  const pending = useUiStore((s) => s.pending);
  useReaderShortcuts(!editorOpen, pending !== null, actions);
  if (!pending || editorOpen) return null;
  return <SelectionToolbar pending={pending} onHighlight={actions.highlight} onNote={actions.note} onFactCheck={actions.factCheck} />;
}
