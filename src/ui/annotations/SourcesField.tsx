import { useId, useState } from 'react';
import { checkEvidenceUrl } from '../../core/model/evidence-url';
import type { EvidenceSource } from '../../core/model/annotation';

interface SourcesFieldProps {
  sources: EvidenceSource[];
  onChange: (sources: EvidenceSource[]) => void;
  /** The URL typed but not yet added, lifted so Save can add it too. */
  draftUrl: string;
  onDraftUrlChange: (url: string) => void;
  error: string | null;
  onError: (error: string | null) => void;
}

/** Evidence links: a `Source URL` box and `Add source`; only http(s) links are accepted. */
export function SourcesField({ sources, onChange, draftUrl, onDraftUrlChange, error, onError }: SourcesFieldProps) {
  const inputId = useId();
  const errorId = useId();
  const [announce, setAnnounce] = useState('');
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
          {sources.map((s) => (
            <li key={s.url}>
              <span className="source-url">{s.url}</span>
              <button type="button" className="link-button" onClick={() => onChange(sources.filter((x) => x.url !== s.url))} aria-label={`Remove source ${s.url}`}>
                Remove
              </button>
            </li>
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
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            onDraftUrlChange(e.target.value);
            if (error) onError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add source
        </button>
      </div>
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
