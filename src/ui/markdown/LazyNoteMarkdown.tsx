import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../common/ErrorBoundary';

/** The Markdown renderer and sanitizer load only when a note is first shown, keeping them off the first page load. */
const NoteMarkdown = lazy(() => import('./NoteMarkdown'));

/** A note as Markdown; until the renderer has loaded, the note shows as plain text. */
export function LazyNoteMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  const plain = <div className={`${className ?? ''} note-plain`}>{markdown}</div>;
  // A note the renderer fails on (or whose code failed to load) is shown as the text it is.
  return (
    <ErrorBoundary resetKey={markdown} fallback={() => plain}>
      <Suspense fallback={plain}>
        <NoteMarkdown markdown={markdown} className={className} />
      </Suspense>
    </ErrorBoundary>
  );
}
