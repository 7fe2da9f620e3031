import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { articleFromDraft, type ArticleDraft } from '../../core/library/article-draft';
import { useLibrary, useOpenArticle } from '../../state/library';
import type { SentPage } from '../../core/library/bookmarklet';
import { Dialog } from '../common/Dialog';
import { pastedHtmlInput } from './pasted-html';
import { SendToMarginalia } from './SendToMarginalia';
import { ACCEPTED_FILES, type ArticleInput } from './read-source';
import { useArticleDraft } from './use-article-draft';
import { formatBytes, plural } from './format';

interface OpenArticleDialogProps {
  /** A file dropped on the page before the dialog opened. */
  initialFile?: File | null;
  /** A page sent by `Send to Marginalia`. */
  initialPage?: SentPage | null;
  /** Why a sent page could not be taken. */
  initialError?: string | null;
  onClose: () => void;
  /** Called with the article's id once it is in the library. */
  onOpened: (articleId: string) => void;
}

/**
 * The `Open article` dialog: paste text, or choose or drop a .txt, .md or .html file; check the
 * title and source found in it; `Open` adds it to the library (or finds it there) and opens it.
 * Ctrl+Enter opens from the text box. Errors say what to do, in an alert inside the dialog.
 */
export function OpenArticleDialog({ initialFile = null, initialPage = null, initialError = null, onClose, onOpened }: OpenArticleDialogProps) {
  const ids = { text: useId(), file: useId(), hint: useId(), title: useId(), source: useId() };
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(initialFile);
  const [page, setPage] = useState<SentPage | null>(initialPage);
  /** The clipboard's HTML of the last paste into an empty box, while the box still holds just that paste. */
  const [pasted, setPasted] = useState<{ html: string; plain: string } | null>(null);
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [edited, setEdited] = useState({ title: false, source: false });
  const [error, setError] = useState<string | null>(initialError);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const open = useOpenArticle();
  const library = useLibrary();

  const input = useMemo<ArticleInput | null>(
    () =>
      page
        ? { kind: 'html', html: page.html, address: page.address, name: pageName(page) }
        : file
          ? { kind: 'file', file }
          : pasted && pasted.plain === text
            ? pastedHtmlInput(pasted.html, pasted.plain)
            : text.trim() !== ''
              ? { kind: 'text', text }
              : null,
    [page, file, pasted, text],
  );
  const { state, settle } = useArticleDraft(input);
  const draft = state.status === 'ready' ? state.draft : null;
  const existing = draft ? library.entries.find((e) => e.id === draft.id) : undefined;
  const slow = useLongWait(state.status === 'reading');

  // Fill Title and Source from what was found, unless the reader has typed there.
  useEffect(() => {
    if (!draft) return;
    if (!edited.title) setTitle(draft.title);
    if (!edited.source) setSource(draft.source?.name ?? '');
    setError(null);
    // Only a new draft refills; edits are read, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  useEffect(() => {
    if (state.status === 'invalid') setError(state.error);
  }, [state]);

  // On a small screen the dialog scrolls: bring a new error into view.
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);

  const chooseFile = (chosen: File | null | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setPage(null);
    setText('');
    setError(null);
  };

  const submit = async () => {
    if (busy) return;
    if (!input) {
      setError('There is nothing to open yet. Paste the article’s text, or choose or drop a .txt, .md or .html file.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const settled = await settle();
      if (settled.status !== 'ready') {
        if (settled.status === 'invalid') setError(settled.error);
        return;
      }
      const built = articleFromDraft(settled.draft, { title: edited.title ? title : settled.draft.title, source: edited.source ? source : (settled.draft.source?.name ?? '') });
      if (!built.ok) {
        setError(built.error);
        return;
      }
      const { record } = await open.mutateAsync(built.value);
      onOpened(record.id);
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') return;
      setError(`The article could not be saved in this browser (${failure instanceof Error ? failure.message : String(failure)}). Free some disk space or allow this site to store data, then try Open again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Open article" onClose={onClose} className="open-dialog">
      <form
        className={`open-form${dragging ? ' is-dragging' : ''}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(false);
          chooseFile(e.dataTransfer.files[0]);
        }}
      >
        <p className="dialog-lead" id={ids.hint}>
          Paste an article’s text, or choose or drop a file. It is kept in this browser with its annotations.
        </p>

        <label className="field-label" htmlFor={ids.text}>
          Article text
        </label>
        <textarea
          id={ids.text}
          className="open-text"
          data-autofocus
          rows={7}
          value={text}
          placeholder={page ? `Reading the page from ${pageName(page)}` : file ? `Reading from ${file.name}` : 'Paste the article here. The first line (or a # heading) becomes its title.'}
          aria-describedby={ids.hint}
          onPaste={(e) => {
            // A paste from a page into an empty box keeps its structure; anything else pastes as text.
            const html = e.clipboardData.getData('text/html');
            const box = e.currentTarget;
            const replacesAll = box.value.trim() === '' || (box.selectionStart === 0 && box.selectionEnd === box.value.length);
            if (!html.trim() || !replacesAll) return;
            e.preventDefault();
            const plain = e.clipboardData.getData('text/plain') || (new DOMParser().parseFromString(html, 'text/html').body?.textContent ?? '');
            setPasted({ html, plain });
            setText(plain);
            setFile(null);
            setPage(null);
          }}
          onChange={(e) => {
            setText(e.target.value);
            if (file) setFile(null);
            if (page) setPage(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
          aria-keyshortcuts="Control+Enter"
        />

        <div className="open-or" aria-hidden="true">
          <span>or</span>
        </div>

        <div className="drop-zone">
          <input id={ids.file} type="file" accept={ACCEPTED_FILES} aria-label="Article file" className="drop-input" onChange={(e) => chooseFile(e.target.files?.[0])} />
          <label htmlFor={ids.file} className="drop-label">
            <span className="drop-title">{dragging ? 'Drop the file to open it' : 'Choose a file, or drop it here'}</span>
            <span className="drop-kinds">.txt, .md or .html, up to 50 MB</span>
          </label>
          {page && (
            <p className="drop-chosen">
              <span className="drop-file">Sent from {pageName(page)}</span> <span className="drop-size">{formatBytes(page.html.length)}</span>
              <button type="button" className="link-button" onClick={() => setPage(null)}>
                Remove
              </button>
            </p>
          )}
          {file && (
            <p className="drop-chosen">
              <span className="drop-file">{file.name}</span> <span className="drop-size">{formatBytes(file.size)}</span>
              <button type="button" className="link-button" onClick={() => setFile(null)}>
                Remove
              </button>
            </p>
          )}
        </div>

        <div className="open-meta">
          <TextField
            id={ids.title}
            label="Title"
            value={title}
            placeholder="Found in the text"
            onChange={(value) => {
              setTitle(value);
              setEdited((x) => ({ ...x, title: true }));
            }}
          />
          <TextField
            id={ids.source}
            label="Source"
            value={source}
            placeholder="Optional"
            onChange={(value) => {
              setSource(value);
              setEdited((x) => ({ ...x, source: true }));
            }}
          />
        </div>

        <p className="open-status" role="status">
          {state.status === 'reading' && 'Reading…'}
          {draft && describeDraft(draft)}
          {draft?.wholePage && ' No article could be told apart from the rest of the page, so the whole page is kept: check where the text starts and ends.'}
          {draft?.simplified && ` Simplified: ${draft.simplified.join('; ')}.`}
          {existing && (
            <>
              {' '}
              Already in your library as “{existing.title}”{existing.annotations > 0 ? ` with ${plural(existing.annotations, 'annotation')}` : ''}: Open goes to it.
            </>
          )}
        </p>

        {slow && state.status === 'reading' && (
          <progress className="open-progress" aria-label="Reading progress" max={1} value={state.progress ?? 0} />
        )}

        {error && (
          <p ref={errorRef} className="form-error" role="alert">
            {error}
          </p>
        )}

        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Control+Enter">
            {busy ? 'Opening…' : 'Open'}
          </button>
        </div>
        <SendToMarginalia />
      </form>
    </Dialog>
  );
}

/** How long a read may take before the dialog shows how far it is. */
const PROGRESS_AFTER_MS = 500;

/** True once `waiting` has been true for PROGRESS_AFTER_MS. */
function useLongWait(waiting: boolean): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!waiting) {
      setLong(false);
      return;
    }
    const timer = setTimeout(() => setLong(true), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  return long;
}

function TextField({ id, label, value, placeholder, onChange }: { id: string; label: string; value: string; placeholder: string; onChange: (value: string) => void }) {
  return (
    <div className="open-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="text" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function describeDraft({ blocks, words }: ArticleDraft): string {
  const kinds = { paragraph: 0, heading: 0, 'list-item': 0, quote: 0 };
  for (const b of blocks) {
    if (b.kind === 'heading' || b.kind === 'list-item' || b.kind === 'quote') kinds[b.kind] += 1;
    else kinds.paragraph += 1;
  }
  const parts = [
    kinds.paragraph > 0 ? plural(kinds.paragraph, 'paragraph') : null,
    kinds.heading > 0 ? plural(kinds.heading, 'heading') : null,
    kinds['list-item'] > 0 ? plural(kinds['list-item'], 'list item') : null,
    kinds.quote > 0 ? plural(kinds.quote, 'quote') : null,
    plural(words, 'word'),
  ].filter(Boolean);
  return `Found ${parts.join(', ')}.`;
}

/** The sent page's host, as the dialog names it. */
function pageName(page: SentPage): string {
  try {
    return new URL(page.address).hostname || 'the page';
  } catch {
    return 'the page';
  }
}
