import { useId, useState } from 'react';
import { checkPublisher, checkReportUrl, EMPTY_PUBLISHER, type PublisherProfile, type PublisherType } from '../../core/model/publisher';
import { usePublisher, useReportUrl, useSavePublishing } from '../../state/publishing';
import { Dialog } from '../common/Dialog';
import { FormField } from '../common/FormField';
import './publishing.css';

interface PublishingDialogProps {
  articleId: string;
  onClose: () => void;
}

type Errors = Partial<Record<'name' | 'url' | 'logo' | 'reportUrl' | 'save', string>>;

/**
 * The dialog `Publishing details`: who publishes the fact-checks (an organisation or a person,
 * its name, home page and logo address; kept in this browser and used by every export) and the
 * address where this article's report will be published (each claim's ClaimReview `url` is that
 * address plus `#claim-N`). Nothing is saved until `Save`, and only when every field checks out.
 */
export function PublishingDialog({ articleId, onClose }: PublishingDialogProps) {
  const stored = usePublisher();
  const storedUrl = useReportUrl(articleId);
  if (stored.isPending || storedUrl.isPending) {
    return (
      <Dialog title="Publishing details" onClose={onClose}>
        <p role="status">Reading your publishing details…</p>
      </Dialog>
    );
  }
  return <PublishingForm articleId={articleId} initial={stored.data ?? EMPTY_PUBLISHER} initialUrl={storedUrl.data ?? ''} onClose={onClose} />;
}

function PublishingForm({ articleId, initial, initialUrl, onClose }: { articleId: string; initial: PublisherProfile; initialUrl: string; onClose: () => void }) {
  const id = useId();
  const [type, setType] = useState<PublisherType>(initial.type);
  const [name, setName] = useState(initial.name);
  const [url, setUrl] = useState(initial.url ?? '');
  const [logo, setLogo] = useState(initial.logo ?? '');
  const [reportUrl, setReportUrl] = useState(initialUrl);
  const [errors, setErrors] = useState<Errors>({});
  const save = useSavePublishing(articleId);

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const profile = checkPublisher({ type, name, url, logo });
    // An empty report address is allowed: the exports that need one say so.
    const address = reportUrl.trim() === '' ? null : checkReportUrl(reportUrl);
    const found: Errors = profile.ok ? {} : { ...profile.errors };
    if (address && !address.ok) found.reportUrl = address.error;
    setErrors(found);
    if (!profile.ok || (address && !address.ok)) return;
    save.mutate(
      { publisher: profile.value, reportUrl: address ? address.value : null },
      {
        onSuccess: onClose,
        onError: (error) => setErrors({ save: `Not saved: the browser refused to store it (${error instanceof Error ? error.message : String(error)}). Try again.` }),
      },
    );
  };

  const field = (key: 'name' | 'url' | 'logo' | 'reportUrl', label: string, value: string, set: (v: string) => void, hint: string, type: 'text' | 'url' = 'url') => (
    <FormField id={`${id}-${key}`} label={label} value={value} onChange={set} hint={hint} error={errors[key]} type={type} autoFocus={key === 'name'} />
  );

  return (
    <Dialog title="Publishing details" onClose={onClose} className="publishing-dialog">
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="publishing-group">
          <legend>Publisher</legend>
          <p className="field-hint">Signs every ClaimReview and report. Kept in this browser.</p>
          <div className="publisher-type" role="radiogroup" aria-label="Publisher type">
            {(['Organization', 'Person'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name={`${id}-type`} value={t} checked={type === t} onChange={() => setType(t)} /> {t === 'Organization' ? 'Organisation' : 'Person'}
              </label>
            ))}
          </div>
          {field('name', 'Publisher name', name, setName, 'The newsroom or person publishing the fact-checks.', 'text')}
          {field('url', 'Publisher home page', url, setUrl, 'Optional. Starts with https://.')}
          {field('logo', 'Logo address', logo, setLogo, type === 'Organization' ? 'Optional. The address of your logo image.' : 'Optional. The address of your portrait.')}
        </fieldset>
        <fieldset className="publishing-group">
          <legend>This report</legend>
          {field('reportUrl', 'Report address', reportUrl, setReportUrl, 'Where this article’s report will be published. Each claim’s ClaimReview points to it, with #claim-1, #claim-2…')}
        </fieldset>
        {errors.save && (
          <p className="form-error" role="alert">
            {errors.save}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            Save
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
