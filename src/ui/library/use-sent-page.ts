import { useEffect, useRef } from 'react';
import { PAGE_MESSAGE, READY_MESSAGE, readPageMessage, RECEIVE_PARAM, type SentPage } from '../../core/library/bookmarklet';
import { MAX_FILE_BYTES } from './max-file-bytes';

/** What arrived from the bookmarklet: a page to show in `Open article`, or why it was refused. */
export type SentPageResult = { ok: true; page: SentPage } | { ok: false; error: string };

/** One page per tab opened by the bookmarklet, whichever page of the app mounts first. */
let answered = false;

/**
 * In a tab opened by `Send to Marginalia` (`?receive`, with an opener): tells the opener the app
 * is ready and takes exactly one page message whose `source` is that opener; every other message
 * is ignored. The `?receive` is then dropped from the address, so a reload waits for nothing.
 */
export function useSentPage(enabled: boolean, onResult: (result: SentPageResult) => void): void {
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;
  useEffect(() => {
    if (!enabled || answered || !new URLSearchParams(window.location.search).has(RECEIVE_PARAM)) return;
    const opener = window.opener as Window | null;
    if (!opener) {
      forgetReceive();
      return;
    }
    const onMessage = (event: MessageEvent) => {
      if (answered || event.source !== opener) return;
      const read = readPageMessage(event.data, MAX_FILE_BYTES);
      if (!read) return;
      answered = true;
      window.removeEventListener('message', onMessage);
      forgetReceive();
      onResultRef.current(read);
    };
    window.addEventListener('message', onMessage);
    // Nothing in it is private: any opener may know the app is ready. Only its answer is read.
    opener.postMessage({ type: READY_MESSAGE, accepts: PAGE_MESSAGE }, '*');
    return () => window.removeEventListener('message', onMessage);
  }, [enabled]);
}

function forgetReceive(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(RECEIVE_PARAM);
  window.history.replaceState(window.history.state, '', url.href);
}
