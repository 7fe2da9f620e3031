import { VERDICTS, verdictForKey, type VerdictId } from '../../core/model/fact-check';

interface VerdictPickerProps {
  value: VerdictId | null;
  onChange: (verdict: VerdictId | null) => void;
  required: boolean;
  /** Put the cursor here when the editor opens (a fact-check starts with its verdict). */
  autoFocus?: boolean;
}

/**
 * The radio group `Verdict`: one option per vocabulary entry, with its glyph, its key (1 to the vocabulary's length, here
 * on a focused verdict as in the panel) and its meaning as a tooltip.
 */
export function VerdictPicker({ value, onChange, required, autoFocus = false }: VerdictPickerProps) {
  const focusId = value ?? VERDICTS[0].id;
  return (
    <fieldset
      className="verdict-picker"
      role="radiogroup"
      aria-label="Verdict"
      aria-required={required}
      onKeyDown={(event) => {
        // On a verdict, the number keys pick one as they do from the panel (radios take no text, so nothing is lost).
        const verdict = /^[1-9]$/.test(event.key) && !(event.ctrlKey || event.metaKey || event.altKey) ? verdictForKey(Number(event.key)) : undefined;
        if (!verdict || !(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
        event.preventDefault();
        onChange(verdict.id);
        event.currentTarget.querySelector<HTMLInputElement>(`input[value="${verdict.id}"]`)?.focus();
      }}
    >
      <legend>
        Verdict{required ? '' : <span className="field-hint"> (optional)</span>}
      </legend>
      <div className="verdict-options">
        {VERDICTS.map((v, i) => (
          <label key={v.id} className={`verdict-option verdict-${v.id}`} title={v.meaning}>
            <input
              type="radio"
              name="verdict"
              value={v.id}
              checked={value === v.id}
              onChange={() => onChange(v.id)}
              data-autofocus={autoFocus && v.id === focusId ? true : undefined}
            />
            <span className="verdict-glyph" aria-hidden="true">
              {v.glyph}
            </span>
            <span className="verdict-label">{v.label}</span>
            <kbd aria-hidden="true">{i + 1}</kbd>
          </label>
        ))}
      </div>
      {value && !required && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          Clear verdict
        </button>
      )}
    </fieldset>
  );
}
