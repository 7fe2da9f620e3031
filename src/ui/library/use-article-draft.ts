import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleDraft } from '../../core/library/article-draft';
import { readArticleInput, type ArticleInput } from './read-source';

/** Where reading the dialog's input stands. */
export type DraftState =
  | { status: 'empty' }
  | { status: 'reading'; /** From 0 to 1, when the reader knows how far it is. */ progress?: number }
  | { status: 'ready'; draft: ArticleDraft }
  | { status: 'invalid'; error: string };

/** One read of one input, started by the typing pause or by `settle()`, whichever comes first. */
interface Job {
  run: () => Promise<DraftState>;
  promise: Promise<DraftState> | null;
}

/** How long typing must pause before pasted text is read (a file is read at once). */
export const TYPING_PAUSE_MS = 350;

/**
 * Reads the dialog's input into a draft as it changes: a file at once, typed or pasted text once
 * typing pauses. A newer input aborts the older read (its worker is ended). `settle()` resolves
 * to the state of the latest input once read, for the `Open` button, which must not wait for
 * the pause.
 */
export function useArticleDraft(input: ArticleInput | null): { state: DraftState; settle: () => Promise<DraftState> } {
  const [state, setState] = useState<DraftState>({ status: 'empty' });
  const current = useRef<Job>({ run: async () => ({ status: 'empty' }), promise: null });

  useEffect(() => {
    if (!input) {
      setState({ status: 'empty' });
      current.current = { run: async () => ({ status: 'empty' }), promise: null };
      return;
    }
    const controller = new AbortController();
    const job: Job = {
      promise: null,
      run: () => {
        job.promise ??= readArticleInput(input, controller.signal, (progress) => {
          if (!controller.signal.aborted) setState({ status: 'reading', progress });
        }).then(
          (result): DraftState => (result.ok ? { status: 'ready', draft: result.value } : { status: 'invalid', error: result.error }),
        );
        return job.promise;
      },
    };
    current.current = job;
    setState({ status: 'reading' });
    const timer = setTimeout(
      () => {
        job.run().then(
          (next) => {
            if (!controller.signal.aborted) setState(next);
          },
          () => undefined, // aborted: a newer input took over
        );
      },
      input.kind === 'text' ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [input]);

  const settle = useCallback(() => current.current.run(), []);
  return { state, settle };
}
