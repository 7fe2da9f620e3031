import { useId, useState } from 'react';
import type { Annotation, EvidenceSource } from '../../core/model/annotation';
import { cleanClaim } from '../../core/model/claim';
import { checkEvidenceUrl } from '../../core/model/evidence-url';
import type { VerdictId } from '../../core/model/fact-check';
import type { AnnotationContent } from '../../core/model/new-annotation';
import { formatTags, parseTags } from '../../core/model/tags';
import type { EditorKind } from '../../state/ui-store';
import { Dialog } from '../common/Dialog';
import { ClaimFields, type ClaimDraft } from './ClaimFields';
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
export function AnnotationEditor({ quote, kind, existing, onSave, onCancel, onDelete }: AnnotationEditorProps) {
  const noteId = useId();
  const tagsId = useId();
  const [note, setNote] = useState(existing?.note ?? '');
  const [verdict, setVerdict] = useState<VerdictId | null>(existing?.verdict ?? null);
  const [claim, setClaim] = useState<ClaimDraft>({ summary: existing?.claim?.summary ?? '', claimant: existing?.claim?.claimant ?? '', scope: existing?.claim?.scope ?? null });
  const [tags, setTags] = useState(formatTags(existing?.tags ?? []));
  const [sources, setSources] = useState<EvidenceSource[]>(existing?.evidence ?? []);
  const [draftUrl, setDraftUrl] = useState('');
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [verdictError, setVerdictError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isFactCheck = kind === 'fact-check' || existing?.verdict != null;
  const claimDetails = cleanClaim({ summary: claim.summary, claimant: claim.claimant, ...(claim.scope ? { scope: claim.scope } : {}) });
  // Claim details belong to fact-checks; they stay visible while any are filled in, so none is lost unseen.
  const showClaim = isFactCheck || verdict !== null || claimDetails !== undefined;

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
        id={noteId}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={isFactCheck ? 4 : 5}
        placeholder={isFactCheck ? 'Why this verdict: what the evidence shows (Markdown)' : undefined}
        data-autofocus={kind === 'note' ? true : undefined}
      />
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
    <Dialog title="Edit annotation" onClose={onCancel} className={`editor${isFactCheck ? ' editor-fact-check' : ''}`}>
      <form onSubmit={submit} noValidate>
        <blockquote className="editor-quote">{quote}</blockquote>
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
