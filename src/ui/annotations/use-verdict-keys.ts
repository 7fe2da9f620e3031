import { useEffect, useRef } from 'react';
import type { Annotation } from '../../core/model/annotation';
import { shortenText } from '../../core/model/claim';
import { verdictForKey } from '../../core/model/fact-check';
import type { AnnotationContent } from '../../core/model/new-annotation';
import { useAnnouncer } from '../../state/announcer-store';
import { useUiStore } from '../../state/ui-store';
import { isTypingTarget } from '../common/is-typing-target';

/** How much of the quote is read out after a verdict change: enough to know which passage. */
const SPOKEN_QUOTE = 60;

/** The content of an annotation as the editor would save it, with another verdict. */
function withVerdict(annotation: Annotation, verdict: AnnotationContent['verdict']): AnnotationContent {
  return { note: annotation.note, verdict, tags: annotation.tags, evidence: annotation.evidence, ...(annotation.claim ? { claim: annotation.claim } : {}) };
}

/**
 * Keys `1`-`8` set the verdict of the active annotation, in the order of the vocabulary, and the
 * change is announced politely. Never while typing, with a modifier held, or with a dialog (the
 * editor among them) open. `update` is the panel's save, so the change can be undone (Ctrl+Z).
 */
export function useVerdictKeys(annotations: readonly Annotation[], update: (annotation: Annotation, content: AnnotationContent) => Promise<boolean>): void {
  const latest = useRef({ annotations, update });
  latest.current = { annotations, update };
  const announce = useAnnouncer((s) => s.announce);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || !/^[1-8]$/.test(event.key)) return;
      if (isTypingTarget(event.target) || document.querySelector('[role="dialog"]')) return;
      const { activeId, editor } = useUiStore.getState();
      const annotation = activeId && !editor ? latest.current.annotations.find((a) => a.id === activeId) : undefined;
      const verdict = verdictForKey(Number(event.key));
      if (!annotation || !verdict) return;
      event.preventDefault();
      const passage = `“${shortenText(annotation.target.quote.exact, SPOKEN_QUOTE)}”`;
      if (annotation.verdict === verdict.id) {
        announce(`${passage} is already rated ${verdict.label}.`);
        return;
      }
      void latest.current.update(annotation, withVerdict(annotation, verdict.id)).then((saved) => {
        if (saved) announce(`Verdict set to ${verdict.label} for ${passage}.`);
      });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [announce]);
}
