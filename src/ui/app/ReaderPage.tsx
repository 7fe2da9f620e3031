import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { isPlaced } from '../../core/anchoring/anchor';
import { CardSheet } from '../annotations/CardSheet';
import { useCardSheet } from '../annotations/use-card-sheet';
import type { TextSpan } from '../../core/anchoring/describe';
import type { Annotation } from '../../core/model/annotation';
import type { Article } from '../../core/model/article';
import { EMPTY_CONTENT } from '../../core/model/new-annotation';
import { useAnnotations } from '../../state/annotations';
import { useUiStore } from '../../state/ui-store';
import { EditorHost } from '../annotations/EditorHost';
import { useUnsavedStore } from '../../state/unsaved-store';
import { withUnsaved } from '../annotations/with-unsaved';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import { ExportControls } from '../exchange/ExportControls';
import { ImportButton } from '../exchange/ImportButton';
import { ArticleView } from '../reader/ArticleView';
import { ArticleNotices } from '../reader/ArticleNotices';
import { ArticleKicker } from '../reader/ArticleKicker';
import { useAllowedImageHosts } from '../../state/image-consent';
import { selectedSpan, type DomTextMap } from '../reader/dom-offsets';
import { useAnchors, useAnnotatableText } from '../reader/use-anchors';
import { DriftActionsContext, useDriftActions } from '../reader/drift-actions';
import { LazyArticleDetailsDialog, LazyScorecardDialog, LazyShortcutsDialog } from './reader-dialogs';
import { StatusArea } from '../shell/StatusArea';
import { PersistenceStatus, StorageNotice } from '../shell/StorageNotice';
import { useShortcut } from '../shell/keymap';
import { SelectionActions } from './SelectionActions';
import { useUndo } from '../shell/use-undo';
import { useVerdictKeys } from '../annotations/use-verdict-keys';
import { annotationInView } from '../annotations/in-view';
import { MarginMap } from '../reader/MarginMap';
import { useAnnotationKeys } from './use-annotation-keys';
import { LibraryButton, OpenArticleButton } from '../library/LibraryNav';
import { useFocusAnnotation } from '../shell/use-focus-annotation';
import { useAnnouncer } from '../../state/announcer-store';
import { SyncControl } from '../sync/SyncControl';

/** The panel re-renders only when its own props change, not with every render of the page. */
const Panel = memo(AnnotationsPanel);

/** One article with its annotations: the reading view, the panel, the toolbar, the editor. */
export function ReaderPage({ article, focusId = null }: { article: Article; /** An annotation to bring into view once loaded. */ focusId?: string | null }) {
  const on = useAnnotatableText(article);
  const annotationsQuery = useAnnotations(article.id);
  const stored = annotationsQuery.data;
  const unsaved = useUnsavedStore((s) => s.items);
  // What storage refused stays listed, painted and exportable beside what it holds.
  const annotations = useMemo(() => withUnsaved(stored ?? [], unsaved, article.id), [stored, unsaved, article.id]);
  const { anchors, items, paint } = useAnchors(on, annotations);
  const actions = useAnnotationActions(on);
  const driftActions = useDriftActions(on);
  const allowedHosts = useAllowedImageHosts(article.id);

  const activeId = useUiStore((s) => s.activeId);
  const editor = useUiStore((s) => s.editor);
  const error = useUiStore((s) => s.error);
  const { setActive, setPending, openEditor, showError, clearError } = useUiStore.getState();
  const undo = useUndo();

  const textMapRef = useRef<DomTextMap | null>(null);
  const onTextMap = useCallback((map: DomTextMap | null) => {
    textMapRef.current = map;
  }, []);

  const clearSelection = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setPending(null);
  }, [setPending]);

  /**
   * The span to act on: the live selection when it is in the article (a key can arrive before
   * the browser reports a changed selection), else the one the toolbar shows.
   */
  const pendingSpan = useCallback((): TextSpan | null => {
    const map = textMapRef.current;
    return (map && selectedSpan(map)?.span) ?? useUiStore.getState().pending?.span ?? null;
  }, []);

  const highlightPending = useCallback((): boolean => {
    const span = pendingSpan();
    if (!span) return false;
    clearSelection();
    void actions.create(span, EMPTY_CONTENT, { keepIfRefused: true });
    return true;
  }, [actions, clearSelection, pendingSpan]);

  const openPending = useCallback(
    (kind: 'note' | 'fact-check'): boolean => {
      const span = pendingSpan();
      if (!span) return false;
      openEditor({ mode: 'new', kind, span });
      document.getSelection()?.removeAllRanges();
      return true;
    },
    [openEditor, pendingSpan],
  );

  const [showShortcuts, setShowShortcuts] = useState(false);
  const [showDetails, setShowDetails] = useState(false);
  const [showScorecard, setShowScorecard] = useState(false);
  useShortcut('help', () => setShowShortcuts(true));

  const selectionActions = useMemo(
    () => ({
      highlight: highlightPending,
      note: () => openPending('note'),
      factCheck: () => openPending('fact-check'),
      dismiss: () => {
        if (!pendingSpan()) return false;
        clearSelection();
        return true;
      },
    }),
    [highlightPending, openPending, clearSelection, pendingSpan],
  );

  // Read through a ref, so that the card callbacks stay the same when the anchors change and the
  // panel's memoised cards (10,000 of them, maybe) do not all re-render on every save.
  const anchorsRef = useRef(anchors);
  anchorsRef.current = anchors;
  /** Where an annotation's passage is on screen, or null (not placed, or no layout: jsdom). */
  const passageRect = useCallback((id: string): DOMRect | null => {
    const anchor = anchorsRef.current.get(id);
    const map = textMapRef.current;
    if (!isPlaced(anchor) || !map) return null;
    const range = map.toRange(anchor);
    return range && typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  }, []);
  const activeInView = useCallback((id: string) => annotationInView(id, passageRect), [passageRect]);
  useVerdictKeys(annotations, actions.update, activeInView);
  const scrollToPassage = useCallback(
    (annotation: Annotation, instant = false) => {
      const rect = passageRect(annotation.id);
      if (!rect) return;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: instant || reduce ? 'auto' : 'smooth' });
    },
    [passageRect],
  );

  const onActivate = useCallback(
    (annotation: Annotation) => {
      setActive(annotation.id);
      scrollToPassage(annotation);
    },
    [setActive, scrollToPassage],
  );
  // An address naming an annotation lands on it at once (no smooth scroll a late layout could
  // cut short), once the web fonts are in, since they move the text.
  const land = useCallback(
    (annotation: Annotation) => {
      setActive(annotation.id);
      const fonts = typeof document.fonts?.ready?.then === 'function' ? document.fonts.ready : Promise.resolve();
      void fonts.then(() => requestAnimationFrame(() => scrollToPassage(annotation, true)));
    },
    [setActive, scrollToPassage],
  );
  useFocusAnnotation(focusId, annotations, anchors, land);
  const announce = useAnnouncer((s) => s.announce);
  useAnnotationKeys(items, activeId, (id, index, total) => {
    const annotation = annotations.find((a) => a.id === id);
    if (!annotation) return;
    onActivate(annotation);
    // Loaded when first needed: turning a note's Markdown into words takes marked's lexer.
    void import('../annotations/describe-annotation').then(({ describeAnnotation }) =>
      announce(`Annotation ${index + 1} of ${total}${total > 1 && index === total - 1 ? ', the last' : total > 1 && index === 0 ? ', the first' : ''}. ${describeAnnotation(annotation)}`),
    );
  });
  const onEdit = useCallback((annotation: Annotation) => openEditor({ mode: 'edit', id: annotation.id, original: annotation }), [openEditor]);
  const { destroy } = actions;
  const onDelete = useCallback((annotation: Annotation) => void destroy(annotation), [destroy]);
  const sheet = useCardSheet();
  const { follow: followInSheet } = sheet;
  const onPassageClick = useCallback(
    (ids: string[]) => {
      setActive(ids[0] ?? null);
      followInSheet(ids[0] ?? null);
    },
    [setActive, followInSheet],
  );
  const sheetAnnotation = sheet.sheetId === null ? undefined : annotations.find((a) => a.id === sheet.sheetId);

  return (
    <div className="layout">
      <header className="topbar">
        <span className="brand">Marginalia</span>
        <PersistenceStatus />
        <nav className="topbar-actions" aria-label="Article actions">
          <LibraryButton />
          <OpenArticleButton />
          <button type="button" onClick={() => setShowScorecard(true)} onPointerEnter={LazyScorecardDialog.preload} onFocus={LazyScorecardDialog.preload}>
            Scorecard
          </button>
          <ExportControls article={article} annotations={annotations} onError={showError} />
          <ImportButton article={article} text={on} />
          <SyncControl />
          <button
            type="button"
            onClick={() => setShowShortcuts(true)}
            onPointerEnter={LazyShortcutsDialog.preload}
            onFocus={LazyShortcutsDialog.preload}
            aria-keyshortcuts="?"
            title="Keyboard shortcuts (?)"
          >
            <span aria-hidden="true">⌨</span>
            <span className="visually-hidden">Keyboard shortcuts</span>
          </button>
        </nav>
      </header>
      <StorageNotice />
      <main className="page">
        <div className="article-column">
          <ArticleKicker article={article} onEditDetails={() => setShowDetails(true)} onPreload={LazyArticleDetailsDialog.preload} />
          <ArticleNotices article={article} allowedHosts={allowedHosts} />
          <ArticleView article={article} paint={paint} activeId={activeId} onPassageClick={onPassageClick} onTextMap={onTextMap} allowedHosts={allowedHosts} />
          <MarginMap annotations={annotations} anchors={anchors} textLength={on?.text.length ?? 0} activeId={activeId} onActivate={onActivate} textMap={textMapRef} />
        </div>
        <DriftActionsContext.Provider value={driftActions}>
          <Panel annotations={annotations} anchors={anchors} loading={annotationsQuery.isPending} onActivate={onActivate} onEdit={onEdit} onDelete={onDelete} />
        </DriftActionsContext.Provider>
        {sheetAnnotation && (
          <CardSheet annotation={sheetAnnotation} anchor={anchors.get(sheetAnnotation.id)} onEdit={onEdit} onDelete={onDelete} onClose={sheet.close} passageRect={passageRect} />
        )}
        {/* Inside <main> so it belongs to a landmark; positioned in page coordinates (no positioned ancestor). */}
        <SelectionActions editorOpen={editor !== null} actions={selectionActions} />
      </main>
      <EditorHost articleId={article.id} on={on} annotations={annotations} actions={actions} />
      {showShortcuts && <LazyShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {showDetails && (
        <LazyArticleDetailsDialog
          articleId={article.id}
          onClose={() => setShowDetails(false)}
          onSaved={(title) => announce(`Details saved. The article is listed as “${title}”.`)}
        />
      )}
      {showScorecard && (
        <LazyScorecardDialog annotations={annotations} anchors={anchors} textLength={on?.text.length ?? 0} onClose={() => setShowScorecard(false)} onJump={onActivate} />
      )}
      <StatusArea error={error} onDismissError={clearError} onUndo={(id) => void undo(id)} />
    </div>
  );
}
