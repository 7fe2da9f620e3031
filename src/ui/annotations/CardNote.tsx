import { useId, useState } from 'react';
import { LazyNoteMarkdown } from '../markdown/LazyNoteMarkdown';

/** Past this many characters (or lines) a card's note is folded: a 20,000-character note made a 10,800 px card. */
export const FOLD_NOTE_CHARS = 700;
export const FOLD_NOTE_LINES = 12;

/** Whether a note is long enough to fold on its card. */
export function foldsOnCard(note: string): boolean {
  return note.length > FOLD_NOTE_CHARS || note.split('\n').length > FOLD_NOTE_LINES;
}

/**
 * A card's note: in full when short; folded to its first lines with `Show more` when long, so
 * the panel stays a list one can scan. The whole note is in the page either way (search,
 * screen readers and copy see all of it); folding only limits its height.
 */
export function CardNote({ note }: { note: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!foldsOnCard(note)) return <LazyNoteMarkdown markdown={note} className="card-note" />;
  return (
    <div className={`card-note-fold${open ? ' card-note-fold--open' : ''}`}>
      <div id={id} className="card-note-fold-body">
        <LazyNoteMarkdown markdown={note} className="card-note" />
      </div>
      <button type="button" className="link-button card-note-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? 'Show less' : 'Show more'}
      </button>
    </div>
  );
}
