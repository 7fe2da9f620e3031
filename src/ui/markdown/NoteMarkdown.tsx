import { useMemo } from 'react';
import { renderNoteMarkdown } from './render-markdown';

/** A note rendered from Markdown, sanitized (see render-markdown.ts), or as text with the reason when it cannot be formatted. */
export default function NoteMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  const note = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  if (note.kind === 'text') {
    return (
      <div className={className}>
        <div className="note-as-text">{note.text}</div>
        <p className="note-limit">{note.reason}</p>
      </div>
    );
  }
  // Safe: the HTML comes from renderNoteMarkdown, which escapes raw HTML and sanitizes with DOMPurify.
  return <div className={className} dangerouslySetInnerHTML={{ __html: note.html }} />;
}
