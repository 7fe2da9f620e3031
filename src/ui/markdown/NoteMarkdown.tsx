import { useMemo } from 'react';
import { renderNoteMarkdown } from './render-markdown';

/** A note rendered from Markdown, sanitized (see render-markdown.ts). */
export default function NoteMarkdown({ markdown, className }: { markdown: string; className?: string }) {
  const html = useMemo(() => renderNoteMarkdown(markdown), [markdown]);
  // Safe: the HTML comes from renderNoteMarkdown, which escapes raw HTML and sanitizes with DOMPurify.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
