import { DialogStandIn } from '../common/DialogStandIn';
import { lazyComponent } from '../common/lazy-component';

/**
 * The reader page's own dialogs, loaded when first opened (or when the reader points at or
 * focuses the button that opens them): most readers never open them.
 */
export const LazyShortcutsDialog = lazyComponent(
  () => import('../shell/ShortcutsDialog').then((m) => m.ShortcutsDialog),
  ({ onClose }) => <DialogStandIn label="Opening the keyboard shortcuts…" onClose={onClose} />,
);

/** The `Scorecard` dialog, loaded when first opened; see {@link LazyShortcutsDialog}. */
export const LazyScorecardDialog = lazyComponent(
  () => import('../scorecard/ScorecardDialog').then((m) => m.ScorecardDialog),
  ({ onClose }) => <DialogStandIn label="Opening the scorecard…" onClose={onClose} />,
);

/** The `Article details` dialog, loaded when first opened; see {@link LazyShortcutsDialog}. */
export const LazyArticleDetailsDialog = lazyComponent(
  () => import('../library/ArticleDetailsDialog').then((m) => m.ArticleDetailsDialog),
  ({ onClose }) => <DialogStandIn label="Opening the article’s details…" onClose={onClose} />,
);
