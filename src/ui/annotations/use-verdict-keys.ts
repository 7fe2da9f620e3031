import { useRef } from 'react';
import type { Annotation } from '../../core/model/annotation';
import { shortenText } from '../../core/model/claim';
import { verdictForKey } from '../../core/model/fact-check';
import type { AnnotationContent } from '../../core/model/new-annotation';
import { useCachedAnnotation } from '../../state/annotations';
import { useAnnouncer } from '../../state/announcer-store';
import { useUiStore } from '../../state/ui-store';
import { useShortcut } from '../shell/keymap';

/** How much of the quote is read out after a verdict change: enough to know which passage. */
const SPOKEN_QUOTE = 60;

/** The content of an annotation as the editor would save it, with another verdict. */
function withVerdict(annotation: Annotation, verdict: AnnotationContent['verdict']): AnnotationContent {
  return { note: annotation.note, verdict, tags: annotation.tags, evidence: annotation.evidence, ...(annotation.claim ? { claim: annotation.claim } : {}) };
}

/**
 * Keys `1` to the vocabulary's length set the verdict of the active annotation, in the order of
 * the vocabulary, and the change is announced politely. The keymap's guard keeps them out of
 * fields, away from modifiers and from behind dialogs (the editor among them). `update` is the
 * panel's save, so the change can be undone (Ctrl+Z). Keys pressed faster than saves land are
 * saved one after another, each on the version the one before saved: no key is taken for a
 * change in another tab, and each is one step of undo. An annotation whose passage is scrolled out
 * of sight (and whose card has no focus) keeps its verdict: a digit typed while reading elsewhere
 * changes nothing unseen.
 */
export function useVerdictKeys(
  annotations: readonly Annotation[],
  update: (annotation: Annotation, content: AnnotationContent) => Promise<Annotation | null>,
  /** Whether the reader can see the annotation now (its passage or card): a key never changes one scrolled out of sight. */
  inView: (id: string) => boolean = () => true,
): void {
  const announce = useAnnouncer((s) => s.announce);
  const listed = useRef(annotations);
  listed.current = annotations;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const cached = useCachedAnnotation();

  useShortcut('set-verdict', ({ index }) => {
    const { activeId, editor } = useUiStore.getState();
    const verdict = verdictForKey(index + 1);
    if (!activeId || editor || !verdict || !listed.current.some((a) => a.id === activeId)) return false;
    if (!inView(activeId)) {
      announce('The active annotation is out of sight, so its verdict is left as it is. Click a passage or a card, or press ] or [, to choose one.');
      return;
    }
    queue.current = queue.current.then(async () => {
      // The version as it is now, not as the last render saw it: the save before this one is in the cache.
      const listedNow = listed.current.find((a) => a.id === activeId);
      const annotation = listedNow && (cached(listedNow.target.articleId, activeId) ?? listedNow);
      if (!annotation) return;
      const passage = `“${shortenText(annotation.target.quote.exact, SPOKEN_QUOTE)}”`;
      if (annotation.verdict === verdict.id) {
        announce(`${passage} is already rated ${verdict.label}.`);
        return;
      }
      const saved = await update(annotation, withVerdict(annotation, verdict.id));
      if (!saved) return;
      announce(`Verdict set to ${verdict.label} for ${passage}.`);
    });
  });
}
