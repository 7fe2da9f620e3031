import type { Annotation } from '../../core/model/annotation';
import { shortenText } from '../../core/model/claim';
import { verdictForKey } from '../../core/model/fact-check';
import type { AnnotationContent } from '../../core/model/new-annotation';
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
 * panel's save, so the change can be undone (Ctrl+Z).
 */
export function useVerdictKeys(annotations: readonly Annotation[], update: (annotation: Annotation, content: AnnotationContent) => Promise<boolean>): void {
  const announce = useAnnouncer((s) => s.announce);
  useShortcut('set-verdict', ({ index }) => {
    const { activeId, editor } = useUiStore.getState();
    const annotation = activeId && !editor ? annotations.find((a) => a.id === activeId) : undefined;
    const verdict = verdictForKey(index + 1);
    if (!annotation || !verdict) return false;
    const passage = `“${shortenText(annotation.target.quote.exact, SPOKEN_QUOTE)}”`;
    if (annotation.verdict === verdict.id) {
      announce(`${passage} is already rated ${verdict.label}.`);
      return;
    }
    void update(annotation, withVerdict(annotation, verdict.id)).then((saved) => {
      if (saved) announce(`Verdict set to ${verdict.label} for ${passage}.`);
    });
  });
}
