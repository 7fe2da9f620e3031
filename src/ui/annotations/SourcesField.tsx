import { useId, useState } from 'react';
import { checkEvidenceUrl } from '../../core/model/evidence-url';
import type { EvidenceSource, EvidenceStance } from '../../core/model/annotation';

const STANCES: ReadonlyArray<{ id: EvidenceStance; label: string }> = [
  { id: 'supports', label: 'Supports' },
  { id: 'refutes', label: 'Refutes' },
  { id: 'context', label: 'Context' },
];

interface SourcesFieldProps {
  sources: EvidenceSource[];
  onChange: (sources: EvidenceSource[]) => void;
  /** The URL typed but not yet added, lifted so Save can add it too. */
  draftUrl: string;
  onDraftUrlChange: (url: string) => void;
  error: string | null;
  onError: (error: string | null) => void;
}

/**
 * Evidence links: a `Source URL` box and `Add source`; only http(s) links are accepted, and a
 * site typed without `https://` gets it, shown under the box before it is added. Each
 * added source can be given a title and a stance (supports, refutes, context).
 */
export function SourcesField({ sources, onChange, draftUrl, onDraftUrlChange, error, onError }: SourcesFieldProps) {
  const inputId = useId();
  const errorId = useId();
  const hintId = useId();
  const [announce, setAnnounce] = useState('');
  // A site typed without https:// is accepted with it added; the reader sees the address that will be saved.
  const typed = draftUrl.trim() === '' ? null : checkEvidenceUrl(draftUrl);
  const correction = typed?.ok && typed.corrected ? typed.value : null;
  const describedBy = [error ? errorId : null, correction && !error ? hintId : null].filter(Boolean).join(' ') || undefined;
  const add = () => {
    const check = checkEvidenceUrl(draftUrl);
    if (!check.ok) {
      onError(check.error);
      return;
    }
    if (sources.some((s) => s.url === check.value)) {
      onError('That source is already listed.');
      return;
    }
    onChange([...sources, { url: check.value }]);
    onDraftUrlChange('');
    onError(null);
    setAnnounce(`Source added: ${check.value}`);
  };
  return (
    <fieldset className="sources-field">
      <legend>Sources</legend>
      {sources.length > 0 && (
        <ul className="source-list">
          {sources.map((s, i) => (
            <SourceItem
              key={s.url}
              source={s}
              onChange={(next) => onChange(sources.map((x, j) => (j === i ? next : x)))}
              onRemove={() => {
                onChange(sources.filter((x) => x.url !== s.url));
                setAnnounce(`Source removed: ${s.url}`);
              }}
            />
          ))}
        </ul>
      )}
      <div className="source-add">
        <label htmlFor={inputId}>Source URL</label>
        <input
          id={inputId}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={draftUrl}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            onDraftUrlChange(e.target.value);
            if (error) onError(null);
          }}
          onKeyDown={(e) => {
            // Enter adds the source; Ctrl/⌘ Enter is left to save the annotation (with this address in it).
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add source
        </button>
      </div>
      {correction && !error && (
        <p id={hintId} className="field-hint">
          Will be saved as <span className="source-correction">{correction}</span>
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </fieldset>
  );
}

/** One added source: its address, an optional title and stance, and Remove. */
function SourceItem({ source, onChange, onRemove }: { source: EvidenceSource; onChange: (source: EvidenceSource) => void; onRemove: () => void }) {
  const id = useId();
  const setTitle = (title: string) => {
    const next: EvidenceSource = { ...source, title };
    if (title === '') delete next.title;
    onChange(next);
  };
  const setStance = (stance: string) => {
    const next: EvidenceSource = { ...source };
    const known = STANCES.find((s) => s.id === stance);
    if (known) next.stance = known.id;
    else delete next.stance;
    onChange(next);
  };
  return (
    <li className="source-item">
      <div className="source-head">
        <a id={`${id}-url`} className="source-url" href={source.url} target="_blank" rel="noopener noreferrer nofollow">
          {source.url}
        </a>
        <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove source ${source.url}`}>
          Remove
        </button>
      </div>
      <div className="source-details">
        <label className="source-detail">
          <span id={`${id}-title`}>Title</span>
          <input type="text" value={source.title ?? ''} placeholder="Optional" aria-labelledby={`${id}-title ${id}-url`} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="source-detail">
          <span id={`${id}-stance`}>Stance</span>
          <select value={source.stance ?? ''} aria-labelledby={`${id}-stance ${id}-url`} onChange={(e) => setStance(e.target.value)}>
            <option value="">Not set</option>
            {STANCES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </li>
  );
}
