import { useState } from 'react';
import { serializeW3CParts } from '../../core/exchange/w3c';
import type { LibraryEntry } from '../../core/library/library-entries';
import type { Annotation } from '../../core/model/annotation';
import { articleSlug } from '../../core/model/article';
import { useArticle } from '../../state/article';
import { useDeleteArticle, type DeletedArticle } from '../../state/library';
import { useServices } from '../../state/services';
import { Dialog } from '../common/Dialog';
import { downloadFile } from '../exchange/download';
import { plural } from './format';

interface DeleteArticleDialogProps {
  entry: LibraryEntry;
  /** The article's annotations, for the export offered before deleting. */
  annotations: readonly Annotation[];
  onCancel: () => void;
  onDeleted: (removed: DeletedArticle) => void;
}

/**
 * Asks before deleting an article and its annotations, and offers to export the annotations
 * first (W3C JSON-LD, named after the article). The delete itself can be undone afterwards.
 */
export function DeleteArticleDialog({ entry, annotations, onCancel, onDeleted }: DeleteArticleDialogProps) {
  const { now } = useServices();
  const article = useArticle(entry.id);
  const remove = useDeleteArticle();
  const [exported, setExported] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportFirst = () => {
    if (!article.data) {
      setError('The article could not be read for the export. Close this and try again.');
      return;
    }
    try {
      const fileName = `${articleSlug(article.data)}.annotations.jsonld`;
      downloadFile(fileName, serializeW3CParts(article.data, annotations, now()), 'application/ld+json');
      setExported(fileName);
      setError(null);
    } catch (failure) {
      setError(`The export failed (${failure instanceof Error ? failure.message : String(failure)}). You can still cancel and keep the article.`);
    }
  };

  const confirm = async () => {
    try {
      onDeleted(await remove.mutateAsync(entry.id));
    } catch (failure) {
      setError(`The article could not be deleted (${failure instanceof Error ? failure.message : String(failure)}). Nothing was removed; try again.`);
    }
  };

  const count = entry.annotations;
  return (
    <Dialog title="Delete article?" onClose={onCancel} className="confirm-dialog">
      <p className="confirm-subject">“{entry.title}”</p>
      <p>
        {count === 0
          ? 'The article will be removed from this browser. It has no annotations.'
          : `The article and its ${plural(count, 'annotation')}${entry.factChecks > 0 ? ` (${plural(entry.factChecks, 'fact-check')})` : ''} will be removed from this browser.`}{' '}
        You can undo this right after.
      </p>
      {count > 0 && (
        <div className="confirm-export">
          <button type="button" onClick={exportFirst} disabled={!article.data}>
            Export annotations first
          </button>
          <p role="status" className="confirm-exported">
            {exported && `Saved as ${exported}.`}
          </p>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="danger-solid" onClick={() => void confirm()} disabled={remove.isPending}>
          Delete
        </button>
      </div>
    </Dialog>
  );
}
