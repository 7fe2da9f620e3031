import { useId, useState } from 'react';
import type { Annotation, EvidenceSource } from '../../core/model/annotation';
import { checkEvidenceUrl } from '../../core/model/evidence-url';
import type { VerdictId } from '../../core/model/fact-check';
import type { AnnotationContent } from '../../core/model/new-annotation';
import { formatTags, parseTags } from '../../core/model/tags';
import type { EditorKind } from '../../state/ui-store';
import { Dialog } from '../common/Dialog';
import { SourcesField } from './SourcesField';
import { VerdictPicker } from './VerdictPicker';

interface AnnotationEditorProps {
  /** The passage being annotated, shown for context. */
  quote: string;
  kind: EditorKind;
  existing: Annotation | null;
  /** Resolves to true when saved; on false the editor stays open with everything typed. */
  onSave: (content: AnnotationContent) => Promise<boolean>;
  onCancel: () => void;
  onDelete: (() => void) | null;
}

/**
 * The dialog `Edit annotation`: note, verdict, tags and sources. A fact-check needs a verdict;
 * a source URL typed but not yet added is added on Save (or blocks it if it is not a web link).
 */
export function AnnotationEditor({ quote, kind, existing, onSave, onCancel, onDelete }: AnnotationEditorProps) {
  const noteId = useId();
  const tagsId = useId();
  const [note, setNote] = useState(existing?.note ?? '');
  const [verdict, setVerdict] = useState<VerdictId | null>(existing?.verdict ?? null);
  const [tags, setTags] = useState(formatTags(existing?.tags ?? []));
  const [sources, setSources] = useState<EvidenceSource[]>(existing?.evidence ?? []);
  const [draftUrl, setDraftUrl] = useState('');
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [verdictError, setVerdictError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const needsVerdict = kind === 'fact-check' || existing?.verdict != null;

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
    if (needsVerdict && !verdict) {
      setVerdictError('Choose a verdict for this fact-check.');
      return;
    }
    setSaving(true);
    const saved = await onSave({ note, verdict, tags: parseTags(tags), evidence, ...(existing?.claim ? { claim: existing.claim } : {}) });
    setSaving(false);
    if (saved) return;
    // Keep what was typed, including the source that was folded in.
    setSources(evidence);
    setDraftUrl('');
  };

  return (
    <Dialog title="Edit annotation" onClose={onCancel} className="editor">
      <form onSubmit={submit} noValidate>
        <blockquote className="editor-quote">{quote}</blockquote>
        <div className="field">
          <label htmlFor={noteId}>Note</label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={5} data-autofocus={kind === 'note' ? true : undefined} />
        </div>
        <VerdictPicker
          value={verdict}
          onChange={(v) => {
            setVerdict(v);
            setVerdictError(null);
          }}
          required={needsVerdict}
        />
        {verdictError && (
          <p className="field-error" role="alert">
            {verdictError}
          </p>
        )}
        <div className="field">
          <label htmlFor={tagsId}>Tags</label>
          <input id={tagsId} type="text" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="figures, attribution" aria-describedby={`${tagsId}-hint`} />
          <p id={`${tagsId}-hint`} className="field-hint">
            Separate tags with commas.
          </p>
        </div>
        <SourcesField sources={sources} onChange={setSources} draftUrl={draftUrl} onDraftUrlChange={setDraftUrl} error={sourceError} onError={setSourceError} />
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
