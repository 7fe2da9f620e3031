import { lazy, Suspense } from 'react';

/** The Markdown renderer and sanitizer load only when a note is first shown, keeping them off the first page load. */
const NoteMarkdown = lazy(() => import('./NoteMarkdown'));

/** A note as Markdown; until the renderer has loaded, the note shows as plain text. */
export function LazyNoteMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <Suspense fallback={<div className={`${className ?? ''} note-plain`}>{markdown}</div>}>
      <NoteMarkdown markdown={markdown} className={className} />
    </Suspense>
  );
}
