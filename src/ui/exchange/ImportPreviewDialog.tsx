import { FORMAT_NAMES } from '../../core/exchange/import-types';
import type { ImportPlan } from '../../core/exchange/plan-import';
import { Dialog } from '../common/Dialog';
import './exchange.css';

interface ImportPreviewDialogProps {
  fileName: string;
  plan: ImportPlan;
  /** True while the import is being written: the buttons wait. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Ids of the articles in the library, to say whether another article's annotations can be seen yet. */
  knownArticleIds?: ReadonlySet<string>;
  /** Records written besides the annotations (a backup's articles): with any, there is something to confirm. */
  extraWrites?: number;
  /** The confirming button's name: `Import`, or `Restore` for a backup. */
  confirmLabel?: string;
  /** While busy, the part written so far (0 to 1), when the write can tell. */
  progress?: number;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The dialog `Import preview`: before anything is written, what the file will do — new
 * annotations, updates of stored ones, what is skipped and why, and what belongs to another
 * article (kept, shown there). `Import` writes it all; `Cancel` (or Escape) writes nothing.
 */
export function ImportPreviewDialog({ fileName, plan, busy, onConfirm, onCancel, knownArticleIds, extraWrites = 0, confirmLabel = 'Import', progress }: ImportPreviewDialogProps) {
  const skipped = plan.skipped.reduce((n, s) => n + s.count, 0);
  const elsewhere = plan.otherArticles.reduce((n, a) => n + a.count, 0);
  const total = plan.toWrite.length + extraWrites;
  return (
    <Dialog title="Import preview" onClose={() => !busy && onCancel()} className="import-preview">
      <p className="import-file">
        <span className="import-file-name">{fileName}</span> · {FORMAT_NAMES[plan.format]}
      </p>
      <ul className="import-counts" aria-label="What the import will do">
        <li>
          <strong>{plan.added}</strong> new {plural(plan.added, 'annotation', 'annotations')}
        </li>
        <li>
          <strong>{plan.updated}</strong> {plural(plan.updated, 'update', 'updates')} of annotations stored here (the file’s version is newer)
        </li>
        <li>
          <strong>{skipped}</strong> skipped
          {skipped > 0 && (
            <ul>
              {plan.skipped.map((s) => (
                <li key={s.reason}>
                  {s.count}: {s.text}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <strong>{elsewhere}</strong> for another article: kept, and shown when that article is open
          {elsewhere > 0 && (
            <ul>
              {plan.otherArticles.map((a) => (
                <li key={a.articleId}>
                  {a.count}: <span className="import-article">{a.label}</span>
                  {knownArticleIds &&
                    (knownArticleIds.has(a.articleId) ? (
                      <span className="import-article-status"> (in your library)</span>
                    ) : (
                      <span className="import-article-status"> (not in your library yet: open that article to see them)</span>
                    ))}
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
      {plan.notices.length > 0 && (
        <ul className="import-notices" aria-label="Notes on this file">
          {plan.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {total === 0 && <p className="import-nothing">Nothing to import: this file would not change your annotations.</p>}
      {busy && progress !== undefined && <progress className="import-progress" aria-label={`${confirmLabel === 'Import' ? 'Import' : 'Restore'} progress`} max={1} value={progress} />}
      <div className="editor-actions">
        {total > 0 && (
          <button type="button" className="primary" onClick={onConfirm} disabled={busy} aria-busy={busy} data-autofocus>
            {busy ? `${confirmLabel === 'Import' ? 'Importing' : 'Restoring'}…` : confirmLabel}
          </button>
        )}
        <button type="button" onClick={onCancel} disabled={busy} data-autofocus={total === 0 ? true : undefined}>
          {total === 0 ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}
