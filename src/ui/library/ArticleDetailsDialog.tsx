import { useId, useState } from 'react';
import type { Article } from '../../core/model/article';
import { headlineOf } from '../../core/model/article';
import { detailsOf, sameDetails, withDetails, type ArticleDetails } from '../../core/model/article-details';
import { checkArticleDetails, dayOf, type DetailsErrors } from '../../core/model/article-details-check';
import { useArticle } from '../../state/article';
import { useArticleDetails, useForgetArticleDetails, useSaveArticleDetails } from '../../state/article-details';
import { Dialog, DialogCloseFooter } from '../common/Dialog';
import { FormField } from '../common/FormField';

interface ArticleDetailsDialogProps {
  articleId: string;
  onClose: () => void;
  /** Told after a save, with the title now used (for a status message). */
  onSaved?: (title: string) => void;
}

const TITLE = 'Article details';

/**
 * The dialog `Article details`: the title, source, original address and publication date the
 * library and every export use for an article, shipped or opened. The text is never touched: the
 * reading view keeps the page's own headline, and annotations stay where they are.
 */
export function ArticleDetailsDialog({ articleId, onClose, onSaved }: ArticleDetailsDialogProps) {
  const article = useArticle(articleId);
  const details = useArticleDetails(articleId);
  if (article.isPending || details.isPending) {
    return (
      <Dialog title={TITLE} onClose={onClose}>
        <p role="status">Reading the article’s details…</p>
      </Dialog>
    );
  }
  if (article.isError || details.isError || !article.data) {
    const why = article.error?.message ?? details.error?.message ?? 'The article is no longer in this browser.';
    return (
      <Dialog title={TITLE} onClose={onClose}>
        <p role="alert">Its details cannot be read: {why}</p>
        <DialogCloseFooter onClose={onClose} />
      </Dialog>
    );
  }
  return <DetailsForm original={article.data} edited={details.data ?? null} onClose={onClose} onSaved={onSaved} />;
}

interface DetailsFormProps {
  original: Article;
  edited: ArticleDetails | null;
  onClose: () => void;
  onSaved?: (title: string) => void;
}

function DetailsForm({ original, edited, onClose, onSaved }: DetailsFormProps) {
  const id = useId();
  const current = detailsOf(withDetails(original, edited));
  const [values, setValues] = useState<ArticleDetails>({ ...current, published: dayOf(current.published) });
  const [errors, setErrors] = useState<DetailsErrors & { save?: string }>({});
  const save = useSaveArticleDetails(original.id);
  const forget = useForgetArticleDetails(original.id);
  const busy = save.isPending || forget.isPending;
  const refused = (error: unknown) => setErrors({ save: `Not saved: the browser refused to store it (${error instanceof Error ? error.message : String(error)}). Try again.` });

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const checked = checkArticleDetails(values, current);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (sameDetails(checked.value, current)) return onClose();
    save.mutate(checked.value, { onSuccess: () => (onClose(), onSaved?.(checked.value.title)), onError: refused });
  };
  const onUseOriginal = () => forget.mutate(undefined, { onSuccess: () => (onClose(), onSaved?.(original.title)), onError: refused });

  const field = (key: keyof ArticleDetails, label: string, hint: string, type: 'text' | 'url' | 'date' = 'text') => (
    <FormField
      id={`${id}-${key}`}
      label={label}
      value={values[key]}
      onChange={(value) => setValues((v) => ({ ...v, [key]: value }))}
      hint={hint}
      error={errors[key]}
      type={type}
      autoFocus={key === 'title'}
    />
  );

  return (
    <Dialog title={TITLE} onClose={onClose} className="details-dialog">
      <form onSubmit={onSubmit} noValidate>
        <p className="field-hint details-intro">
          How the library and every export name this article. Its text and annotations stay exactly as they are: the reading view keeps the page’s own headline, “
          {headlineOf(original)}”.
        </p>
        {field('title', 'Title', 'What the article is called in the library, the reports and the exports.')}
        {field('source', 'Source', 'Who published it, for example “Reuters”. Optional.')}
        {field('address', 'Original address', 'Where the article was published, starting with https://. Optional.', 'url')}
        {field(
          'published',
          'Published',
          current.published !== '' && dayOf(current.published) === ''
            ? `The page gave “${current.published}”, which is not a day: it is kept until you choose one.`
            : 'The day it was first published. Optional.',
          'date',
        )}
        {errors.save && (
          <p className="form-error" role="alert">
            {errors.save}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="primary" disabled={busy}>
            Save
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <span className="spacer" />
          {edited && (
            <button type="button" className="link-button" onClick={onUseOriginal} disabled={busy}>
              Use the page’s own details
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
