import { useId, useState } from 'react';
import type { ClaimantType, ClaimScope } from '../../core/model/annotation';
import { CLAIM_SCOPES, CLAIM_SUMMARY_MAX, characterCount, cutToCharacters, guessClaimantType } from '../../core/model/claim';

export interface ClaimDraft {
  summary: string;
  claimant: string;
  /** The reader's choice of person or organisation; null (or absent, in older drafts) until they choose. */
  claimantType?: ClaimantType | null;
  scope: ClaimScope | null;
}

/** The claimant's kind as the editor shows it: the reader's choice, else a guess from the name. */
export function claimantTypeOf(draft: Pick<ClaimDraft, 'claimant' | 'claimantType'>): ClaimantType {
  return draft.claimantType ?? guessClaimantType(draft.claimant);
}

interface ClaimFieldsProps {
  value: ClaimDraft;
  onChange: (value: ClaimDraft) => void;
}

/**
 * The `Claim` fieldset of a fact-check: an optional summary held to CLAIM_SUMMARY_MAX characters
 * with a live counter, the claimant and whether it is a person or an organisation (guessed from
 * the name until the reader chooses; ClaimReview needs it), and the scope (does the verdict judge that it was said, or
 * that it is true).
 */
export function ClaimFields({ value, onChange }: ClaimFieldsProps) {
  const id = useId();
  const [cut, setCut] = useState(false);
  const used = characterCount(value.summary);
  const atLimit = used >= CLAIM_SUMMARY_MAX;
  return (
    <fieldset className="claim-fields">
      <legend>Claim</legend>
      <div className="field">
        <label htmlFor={`${id}-summary`}>Claim summary</label>
        <input
          id={`${id}-summary`}
          type="text"
          value={value.summary}
          aria-describedby={`${id}-summary-hint ${id}-summary-count`}
          placeholder="The claim in a few words"
          onChange={(e) => {
            const next = cutToCharacters(e.target.value, CLAIM_SUMMARY_MAX);
            setCut(next !== e.target.value);
            onChange({ ...value, summary: next });
          }}
        />
        <div className="field-row">
          <p id={`${id}-summary-hint`} className="field-hint">
            {cut ? `Cut to ${CLAIM_SUMMARY_MAX} characters: shorten it in your own words.` : `Optional. At most ${CLAIM_SUMMARY_MAX} characters; without one, the quote stands in.`}
          </p>
          <p id={`${id}-summary-count`} className={`char-count${atLimit ? ' char-count-full' : ''}`}>
            {used} / {CLAIM_SUMMARY_MAX}
          </p>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {atLimit ? `Claim summary is at its limit of ${CLAIM_SUMMARY_MAX} characters.` : ''}
        </p>
      </div>
      <div className="claim-row">
        <div className="field">
          <label htmlFor={`${id}-claimant`}>Claimant</label>
          <input id={`${id}-claimant`} type="text" value={value.claimant} placeholder="Who makes the claim" autoComplete="off" onChange={(e) => onChange({ ...value, claimant: e.target.value })} />
          {value.claimant.trim() !== '' && (
            <div className="claimant-type" role="radiogroup" aria-label="Claimant is">
              {(['Person', 'Organization'] as const).map((type) => (
                <label key={type}>
                  <input type="radio" name={`${id}-claimant-type`} value={type} checked={claimantTypeOf(value) === type} onChange={() => onChange({ ...value, claimantType: type })} />{' '}
                  {type === 'Person' ? 'a person' : 'an organisation'}
                </label>
              ))}
            </div>
          )}
        </div>
        <fieldset className="scope-field">
          <legend>Scope</legend>
          <div className="scope-options">
            {CLAIM_SCOPES.map((scope) => (
              <div key={scope.id} className="scope-option">
                <input
                  id={`${id}-scope-${scope.id}`}
                  type="radio"
                  name={`${id}-scope`}
                  value={scope.id}
                  checked={value.scope === scope.id}
                  aria-describedby={`${id}-scope-${scope.id}-hint`}
                  onChange={() => onChange({ ...value, scope: scope.id })}
                />
                <label htmlFor={`${id}-scope-${scope.id}`}>{scope.label}</label>
                <span id={`${id}-scope-${scope.id}-hint`} className="scope-hint">
                  {scope.hint}
                </span>
              </div>
            ))}
          </div>
          {value.scope && (
            <button type="button" className="link-button" onClick={() => onChange({ ...value, scope: null })}>
              Clear scope
            </button>
          )}
        </fieldset>
      </div>
    </fieldset>
  );
}
