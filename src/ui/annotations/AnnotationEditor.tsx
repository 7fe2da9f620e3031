import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Annotation, EvidenceSource } from '../../core/model/annotation';
import { cleanClaim } from '../../core/model/claim';
import { checkEvidenceUrl } from '../../core/model/evidence-url';
import type { VerdictId } from '../../core/model/fact-check';
import type { AnnotationContent } from '../../core/model/new-annotation';
import { formatTags, parseTags } from '../../core/model/tags';
import { MAX_NOTE_LENGTH } from '../../core/exchange/import-limits';
import type { EditorDraft } from '../../state/editor-drafts';
import type { EditorKind } from '../../state/ui-store';
import { Dialog } from '../common/Dialog';
import { useShortcut } from '../shell/keymap';
import { ClaimFields, claimantTypeOf, type ClaimDraft } from './ClaimFields';
import { SourcesField } from './SourcesField';
import { VerdictPicker } from './VerdictPicker';
import { EDITOR_NAME, editorTitle } from './editor-title';
import type { EditorHandoff } from './LazyAnnotationEditor';

interface AnnotationEditorProps {
  /** The passage being annotated, shown for context. */
  quote: string;
  kind: EditorKind;
  existing: Annotation | null;
  /** Resolves to true when saved; on false the editor stays open with everything typed. */
  onSave: (content: AnnotationContent) => Promise<boolean>;
  onCancel: () => void;
  onDelete: (() => void) | null;
  /** What was typed in an editor that closed unsaved (a reload, a closed tab), to start from. */
  restored?: { draft: EditorDraft; savedAt: string } | null;
  /** Told of every change, so the draft can outlive a reload. */
  onDraftChange?: (draft: EditorDraft) => void;
  /** What the reader did while this editor's code was loading (typed a note, had focus somewhere). */
  handoff?: EditorHandoff;
}

/** A draft's time, in the reader's own words for it. */
function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Sources as stored: titles trimmed, empty titles left out. */
function cleanSources(sources: readonly EvidenceSource[]): EvidenceSource[] {
  return sources.map((s) => {
    const out: EvidenceSource = { url: s.url };
    const title = s.title?.replace(/\s+/g, ' ').trim();
    if (title) out.title = title;
    if (s.stance) out.stance = s.stance;
    return out;
  });
}

/**
 * The dialog `Edit annotation`: note, verdict, claim, tags and sources. A fact-check needs a
 * verdict and opens on it, with the claim fields beside; a note opens on its text. A source URL
 * typed but not yet added is added on Save (or blocks it if it is not a web link).
 */
export function AnnotationEditor({ quote, kind, existing, onSave, onCancel, onDelete, restored = null, onDraftChange, handoff }: AnnotationEditorProps) {
  const noteId = useId();
  const tagsId = useId();
  const start = restored?.draft;
  const [note, setNote] = useState(start?.note ?? existing?.note ?? '');
  const [verdict, setVerdict] = useState<VerdictId | null>(start ? start.verdict : (existing?.verdict ?? null));
  const [claim, setClaim] = useState<ClaimDraft>(
    start?.claim ?? { summary: existing?.claim?.summary ?? '', claimant: existing?.claim?.claimant ?? '', claimantType: existing?.claim?.claimantType ?? null, scope: existing?.claim?.scope ?? null },
  );
  const [tags, setTags] = useState(start?.tags ?? formatTags(existing?.tags ?? []));
  const [sources, setSources] = useState<EvidenceSource[]>(start?.sources ?? existing?.evidence ?? []);
  const [draftUrl, setDraftUrl] = useState(start?.draftUrl ?? '');
  const [noteError, setNoteError] = useState<string | null>(null);

  // Typed into the stand-in while this code loaded, up to the moment it was replaced: taken over
  // before the browser paints or handles another key, with the caret where the reader left off.
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const typed = handoff?.note();
    const field = noteRef.current;
    if (typed == null || !field) return;
    field.value = typed;
    setNote(typed);
    field.focus();
    field.setSelectionRange(typed.length, typed.length);
  }, [handoff]);

  // Report every change (after the first render, which only repeats what is stored or restored).
  const onDraftChangeRef = useRef(onDraftChange);
  onDraftChangeRef.current = onDraftChange;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    onDraftChangeRef.current?.({ note, verdict, claim, tags, sources, draftUrl });
  }, [note, verdict, claim, tags, sources, draftUrl]);
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [verdictError, setVerdictError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isFactCheck = kind === 'fact-check' || existing?.verdict != null;
  // The claimant's kind is stored as shown (the reader's choice, else the guess), so every export agrees with the editor.
  const claimDetails = cleanClaim({ summary: claim.summary, claimant: claim.claimant, claimantType: claimantTypeOf(claim), ...(claim.scope ? { scope: claim.scope } : {}) });
  // Claim details belong to fact-checks; they stay visible while any are filled in, so none is lost unseen.
  const showClaim = isFactCheck || verdict !== null || claimDetails !== undefined;

  // Ctrl+Enter (⌘+Enter) saves from any field, as the Save button does.
  const formRef = useRef<HTMLFormElement>(null);
  useShortcut('save-editor', () => {
    if (saving || !formRef.current) return false;
    formRef.current.requestSubmit();
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let evidence = sources;
    if (draftUrl.trim() !== '') {
      const check = checkEvidenceUrl(draftUrl);
      if (!check.ok) {
        setSourceError(check.error);
        return;
      }
      if (!evidence.some((s) => s.url === check.value)) evidence = [...evidence, { url: check.value }];
    }
    if (note.length > MAX_NOTE_LENGTH) {
      setNoteError(`A note can hold at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters; this one has ${note.length.toLocaleString('en')}. Shorten it, or keep the long text in a linked source.`);
      return;
    }
    if (isFactCheck && !verdict) {
      setVerdictError('Choose a verdict for this fact-check.');
      return;
    }
    setSaving(true);
    const saved = await onSave({ note, verdict, tags: parseTags(tags), evidence: cleanSources(evidence), ...(showClaim && claimDetails ? { claim: claimDetails } : {}) });
    setSaving(false);
    if (saved) return;
    // Keep what was typed, including the source that was folded in.
    setSources(evidence);
    setDraftUrl('');
  };

  const noteField = (
    <div className="field" key="note">
      <label htmlFor={noteId}>Note</label>
      <textarea
        ref={noteRef}
        id={noteId}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          setNoteError(null);
        }}
        aria-invalid={noteError ? true : undefined}
        aria-describedby={noteError ? `${noteId}-error` : undefined}
        rows={isFactCheck ? 4 : 5}
        placeholder={isFactCheck ? 'Why this verdict: what the evidence shows (Markdown)' : undefined}
        data-autofocus={kind === 'note' ? true : undefined}
      />
      {noteError && (
        <p id={`${noteId}-error`} className="field-error" role="alert">
          {noteError}
        </p>
      )}
    </div>
  );
  const verdictField = (
    <div key="verdict">
      <VerdictPicker
        value={verdict}
        onChange={(v) => {
          setVerdict(v);
          setVerdictError(null);
        }}
        required={isFactCheck}
        autoFocus={kind === 'fact-check'}
      />
      {verdictError && (
        <p className="field-error" role="alert">
          {verdictError}
        </p>
      )}
    </div>
  );
  const claimField = showClaim ? <ClaimFields key="claim" value={claim} onChange={setClaim} /> : null;
  const tagsField = (
    <div className="field" key="tags">
      <label htmlFor={tagsId}>Tags</label>
      <input id={tagsId} type="text" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="figures, attribution" aria-describedby={`${tagsId}-hint`} />
      <p id={`${tagsId}-hint`} className="field-hint">
        Separate tags with commas.
      </p>
    </div>
  );
  const sourcesField = (
    <SourcesField key="sources" sources={sources} onChange={setSources} draftUrl={draftUrl} onDraftUrlChange={setDraftUrl} error={sourceError} onError={setSourceError} />
  );
  // A fact-check is read verdict first, then why; a note is its text first.
  const fields = isFactCheck ? [verdictField, claimField, noteField, sourcesField, tagsField] : [noteField, verdictField, claimField, tagsField, sourcesField];

  return (
    <Dialog title={editorTitle(kind, existing)} name={EDITOR_NAME} onClose={onCancel} className={`editor${isFactCheck ? ' editor-fact-check' : ''}`} returnFocus={handoff?.returnFocus()}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <blockquote className="editor-quote" title={quote}>
          {quote}
        </blockquote>
        {restored && (
          <p className="editor-restored" role="status">
            Restored what you were writing ({formatWhen(restored.savedAt)}), before the page closed. Save it, or Cancel to discard it.
          </p>
        )}
        {fields}
        <div className="editor-actions">
          {onDelete && (
            <button type="button" className="danger" onClick={onDelete}>
              Delete
            </button>
          )}
          <span className="spacer" />
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
